package io.ledgerline.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FirstRunTest {

    @TempDir
    Path dir;

    @Test
    void theWelcomeIsDueUntilRecordedAndTheRecordKeepsOtherSettings() {
        Path settings = dir.resolve("settings.properties");
        new RecentCases(settings).add(dir.resolve("a.ledgerline"));
        FirstRun firstRun = new FirstRun(settings);
        assertTrue(firstRun.welcomeDue());
        firstRun.welcomeShown();
        assertFalse(new FirstRun(settings).welcomeDue(), "remembered across runs");
        assertEquals(1, new RecentCases(settings).list().size(), "recent cases kept");
    }
}
