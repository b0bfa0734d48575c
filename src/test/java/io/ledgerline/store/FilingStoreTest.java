package io.ledgerline.store;

import io.ledgerline.testing.CaseEngine;
import io.ledgerline.testing.OnBothEngines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerline.analysis.PlaybookService;
import io.ledgerline.analysis.PlaybookSettings;
import io.ledgerline.domain.FilingEntry;
import io.ledgerline.domain.Progress;
import io.ledgerline.domain.RecoveredEntry;
import io.ledgerline.testing.Investigators;
import io.ledgerline.testing.ReviewCase;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;

class FilingStoreTest {

    static final Instant AT = Instant.parse("2024-06-10T12:00:00Z");

    @TempDir
    Path dir;

    private CaseFile filledCase(CaseEngine engine) {
        CaseFile c = CaseEngine.open(ReviewCase.create(dir, engine));
        c.write(tx -> FilingStore.addEntry(tx, AT, "root_cause", "forged orders", "alice", null));
        c.write(tx -> FilingStore.addRecovered(tx, AT, new RecoveredEntry(0, "ACC-1", "BTC", new BigDecimal("0.1"), AT,
                "alice", "frozen")));
        long run = new PlaybookService().analyzeAndRecord(Investigators.trail(c, dir, "alice"),
                    PlaybookSettings.defaults(), Progress.NONE).id();
        c.write(tx -> FilingStore.recordReport(tx, new ReportRecord(0, "regulator", "r.xlsx", "a".repeat(64), 10, run,
                AT, "alice")));
        return c;
    }

    @OnBothEngines
    void readsEveryEntryBackOldestFirst(CaseEngine engine) {
        try (CaseFile c = filledCase(engine)) {
            FilingStore store = new FilingStore(c);
            WrittenRow row = c.write(tx -> FilingStore.addEntry(tx, AT.plusSeconds(1), "root_cause", "", "bob",
                    "cleared"));
            assertEquals(2L, row.id());
            assertEquals("filing_entries", row.table());
            assertEquals("cleared", row.columns().get("reason"));
            assertEquals(Optional.of("bob"), c.write(tx -> FilingStore.latestEntry(tx, "root_cause"))
                    .map(latest -> latest.get("investigator")));
            assertEquals(Optional.of("frozen"), c.write(tx -> FilingStore.latestRecovered(tx, "ACC-1", "BTC"))
                    .map(latest -> latest.get("reason")));
            assertEquals(List.of(new FilingEntry(1, "root_cause", "forged orders", AT, "alice", null),
                    new FilingEntry(2, "root_cause", "", AT.plusSeconds(1), "bob", "cleared")), store.entries());
            assertEquals(0, new BigDecimal("0.1").compareTo(store.recovered().get(0).amount()));
            assertEquals("a".repeat(64), store.reports().get(0).sha256());
        }
    }

    @OnBothEngines
    void entriesCannotBeEditedOrDeleted(CaseEngine engine) {
        try (CaseFile c = filledCase(engine)) {
            for (String table : List.of("filing_entries", "recovered_entries", "generated_reports")) {
                Exception update = assertThrows(Exception.class,
                        () -> c.dsl().execute("UPDATE " + table + " SET investigator = 'mallory'"));
                assertTrue(update.getMessage().contains("append-only"), update.getMessage());
                Exception delete = assertThrows(Exception.class, () -> c.dsl().execute("DELETE FROM " + table));
                assertTrue(delete.getMessage().contains("append-only"), delete.getMessage());
            }
        }
    }

    @OnBothEngines
    void aRecoveredAmountNeedsAKnownAccount(CaseEngine engine) {
        try (CaseFile c = filledCase(engine)) {
            assertThrows(Exception.class, () -> c.write(tx -> FilingStore.addRecovered(tx, AT, new RecoveredEntry(0,
                    "ACC-9", "BTC", BigDecimal.ONE, AT, "alice", "x"))));
        }
    }
}
