package io.ledgerline.store;

import io.ledgerline.testing.CaseEngine;
import io.ledgerline.testing.OnBothEngines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

class AnalysisRunStoreTest {

    @TempDir
    Path dir;

    @OnBothEngines
    void recordsRunsInOrderAndReadsThemBack(CaseEngine engine) {
        try (CaseFile c = engine.create(dir)) {
            AnalysisRunStore store = new AnalysisRunStore(c);
            long first = record(c, Instant.parse("2024-06-01T00:00:00Z"), "{\"a\":1}", "1.0", "{\"r\":1}");
            long second = record(c, Instant.parse("2024-06-02T00:00:00.5Z"), "{\"a\":2}", "1.1", "{\"r\":2}");
            assertEquals(List.of(
                    new AnalysisRun(first, Instant.parse("2024-06-01T00:00:00Z"), "{\"a\":1}", "1.0", "{\"r\":1}"),
                    new AnalysisRun(second, Instant.parse("2024-06-02T00:00:00.5Z"), "{\"a\":2}", "1.1",
                            "{\"r\":2}")), store.runs());
        }
    }

    private static long record(CaseFile c, Instant at, String settings, String version, String result) {
        return c.write(tx -> AnalysisRunStore.record(tx, at, settings, version, result)).id();
    }

    @OnBothEngines
    void recordedRunsCannotBeEditedOrDeleted(CaseEngine engine) {
        try (CaseFile c = engine.create(dir)) {
            record(c, Instant.parse("2024-06-01T00:00:00Z"), "{}", "1.0", "{}");
            Exception update = assertThrows(Exception.class,
                    () -> c.dsl().execute("UPDATE analysis_runs SET tool_version = 'x'"));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            Exception delete = assertThrows(Exception.class, () -> c.dsl().execute("DELETE FROM analysis_runs"));
            assertTrue(delete.getMessage().contains("append-only"), delete.getMessage());
            assertEquals(1, new AnalysisRunStore(c).runs().size());
        }
    }
}
