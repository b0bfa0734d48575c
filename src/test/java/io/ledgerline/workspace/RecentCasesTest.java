package io.ledgerline.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.ledgerline.store.CaseLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentCasesTest {

    @TempDir
    Path dir;

    @Test
    void keepsFilesAndServerCasesNewestFirstWithoutAPassword() throws Exception {
        Path settings = dir.resolve("settings.properties");
        RecentCases recent = new RecentCases(settings);
        CaseLocation server = CaseLocation.parse("postgresql://bob@db.example.org:6543/cases?case=INC-7");
        recent.add(dir.resolve("a.ledgerline"));
        recent.add(server);
        recent.add(dir.resolve("a.ledgerline"));
        assertEquals(List.of(new CaseLocation.File(dir.resolve("a.ledgerline")), server),
                new RecentCases(settings).locations());
        assertEquals(List.of(dir.resolve("a.ledgerline")), recent.list(), "the case files among them");
        assertFalse(Files.readString(settings).contains("password"));
    }

    @Test
    void anEntryEditedIntoNonsenseIsLeftOut() throws Exception {
        Path settings = Files.writeString(dir.resolve("settings.properties"),
                "recent.0=postgresql\\://host/db\nrecent.1=" + dir.resolve("b.ledgerline").toString()
                        .replace("\\", "\\\\") + "\n");
        assertEquals(List.of(new CaseLocation.File(dir.resolve("b.ledgerline"))),
                new RecentCases(settings).locations());
    }
}
