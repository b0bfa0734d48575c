package io.ledgerline.store;

import static io.ledgerline.store.jooq.Tables.FILING_ENTRIES;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ledgerline.testing.CaseEngine;
import io.ledgerline.testing.OnBothEngines;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reader sees one snapshot of the case for its whole transaction on both engines: the long reads that rely on it
 * (copying a case for publish/export, the playbook's pass on a server) never mix the case before and after a write.
 */
class ReaderSnapshotTest {

    @TempDir
    Path dir;

    @OnBothEngines
    void aWriteCommittedWhileAReaderIsOpenIsNotSeenByThatReader(CaseEngine engine) throws SQLException {
        try (CaseFile c = engine.create(dir)) {
            Instant at = Instant.parse("2026-11-25T12:00:00Z");
            c.write(tx -> FilingStore.addEntry(tx, at, "root_cause", "first", "alice", null));
            long[] seen = new long[2];
            c.withReader(reader -> {
                seen[0] = count(reader);
                c.write(tx -> FilingStore.addEntry(tx, at, "root_cause", "second", "bob", null));
                seen[1] = count(reader);
            });
            assertEquals(1, seen[0]);
            assertEquals(1, seen[1], "the reader keeps its snapshot");
            c.withReader(reader -> assertEquals(2, count(reader), "a new reader sees the write"));
        }
    }

    private static long count(Connection reader) throws SQLException {
        try (Statement s = reader.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from " + FILING_ENTRIES.getName())) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
