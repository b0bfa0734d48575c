package io.ledgerline.store;

import static io.ledgerline.store.jooq.Tables.EVENTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ledgerline.testing.CaseEngine;
import io.ledgerline.testing.OnBothEngines;
import io.ledgerline.testing.ReviewCase;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database itself refuses an event that names an account or an import file the case does not hold, on both
 * engines (SQLite: foreign keys; PostgreSQL: one check per statement, V9), however the row is sent.
 */
class EventReferencesTest {

    @TempDir
    Path dir;

    @OnBothEngines
    void anEventOfAnUnknownAccountOrImportFileIsRefusedAndNothingIsWritten(CaseEngine engine) {
        try (CaseFile c = CaseEngine.open(ReviewCase.create(dir, engine))) {
            int before = c.dsl().fetchCount(EVENTS);
            assertThrows(Exception.class, () -> c.write(tx -> insertEvent(tx, "E90", "ACC-NOT-THERE", 1)));
            assertThrows(Exception.class, () -> c.write(tx -> insertEvent(tx, "E91", "ACC-1", 999)));
            assertEquals(before, c.dsl().fetchCount(EVENTS));
            c.write(tx -> insertEvent(tx, "E92", "ACC-1", 1));
            assertEquals(before + 1, c.dsl().fetchCount(EVENTS), "an event of the case's account and file is taken");
        }
    }

    private static int insertEvent(Tx tx, String eventId, String accountId, int importFileId) {
        return tx.dsl().insertInto(EVENTS)
                .set(EVENTS.EVENT_ID, eventId).set(EVENTS.ACCOUNT_ID, accountId)
                .set(EVENTS.OCCURRED_AT, 1_700_000_000_000_000L).set(EVENTS.OCCURRED_AT_TEXT, "2023-11-14T22:13:20Z")
                .set(EVENTS.TYPE, "LOGIN").set(EVENTS.CATEGORY, "access").set(EVENTS.OUTCOME, "success")
                .set(EVENTS.CONTENT_HASH, "x").set(EVENTS.IMPORT_FILE_ID, importFileId).set(EVENTS.SOURCE_LINE, 99)
                .execute();
    }
}
