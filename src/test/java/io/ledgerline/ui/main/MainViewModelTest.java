package io.ledgerline.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerline.ui.RecordingDialogs;
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

    /** Runs every job at once on the calling thread, as the tests of view models do. */
    static final class SameThreadRunner implements io.ledgerline.ui.task.TaskRunner {
        @Override
        public <T> void run(String title, io.ledgerline.ui.task.BackgroundJob<T> job,
                java.util.function.Consumer<T> onSuccess, java.util.function.Consumer<Throwable> onFailure) {
            T result;
            try {
                result = job.run(io.ledgerline.domain.Progress.NONE);
            } catch (Exception e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(result);
        }
    }

    @Test
    void openingTheOpenCaseAgainReloadsItInsteadOfTrippingOnItsOwnLock() {
        Path casePath = dir.resolve("c.ledgerline");
        io.ledgerline.store.CaseFile.create(casePath).close();
        RecordingDialogs dialogs = new RecordingDialogs();
        MainViewModel model = new MainViewModel(new SameThreadRunner(), dialogs,
                new io.ledgerline.workspace.AppDirs(dir.resolve("home")));
        model.open(casePath);
        var first = model.openCaseProperty().get();
        model.open(casePath);
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
        assertTrue(first == model.openCaseProperty().get(), "the same open case");
        model.close();
    }
}
