package io.ledgerline.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The drop rule, without a toolkit: exactly one folder or .zip is a bundle to import. */
class MainViewModelTest {

    @TempDir
    Path dir;

    @Test
    void acceptsOneFolderOrOneZip() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("export"));
        Path zip = Files.writeString(dir.resolve("export.ZIP"), "zip bytes");
        assertEquals(Optional.of(folder), MainViewModel.droppableBundle(List.of(folder)));
        assertEquals(Optional.of(zip), MainViewModel.droppableBundle(List.of(zip)));
    }

    @Test
    void refusesSeveralItemsOrOtherFiles() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("export"));
        Path csv = Files.writeString(dir.resolve("events.csv"), "a\n");
        assertTrue(MainViewModel.droppableBundle(List.of(folder, folder)).isEmpty());
        assertTrue(MainViewModel.droppableBundle(List.of(csv)).isEmpty());
        assertTrue(MainViewModel.droppableBundle(List.of()).isEmpty());
        assertTrue(MainViewModel.droppableBundle(List.of(dir.resolve("missing.zip"))).isEmpty());
    }
}
