package io.ledgerline.store;

import static io.ledgerline.store.jooq.Tables.ACCOUNTS;
import static io.ledgerline.store.jooq.Tables.CASE_INFO;
import static io.ledgerline.store.jooq.Tables.IMPORTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerline.domain.LedgerlineException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseFileTest {

    @TempDir
    Path dir;

    @Test
    void createsSchemaInWalModeWithForeignKeys() {
        try (CaseFile c = CaseFile.create(dir.resolve("a.ledgerline"))) {
            assertEquals("wal", c.dsl().fetchOne("PRAGMA journal_mode").get(0, String.class));
            assertEquals(16384, c.dsl().fetchOne("PRAGMA page_size").get(0, Integer.class));
            assertEquals(1, c.dsl().fetchOne("PRAGMA foreign_keys").get(0, Integer.class));
            assertEquals("ok", c.integrityCheck());
            assertEquals(0, c.dsl().fetchCount(ACCOUNTS));
        }
    }

    @Test
    void evidenceRefusesUpdateAndDelete() {
        try (CaseFile c = CaseFile.create(dir.resolve("a.ledgerline"))) {
            c.dsl().insertInto(IMPORTS).set(IMPORTS.BUNDLE_NAME, "b").set(IMPORTS.FORMAT, "f")
                    .set(IMPORTS.MANIFEST_JSON, "{}").set(IMPORTS.MODE, "strict").set(IMPORTS.IMPORTED_AT, "t")
                    .set(IMPORTS.TOOL_VERSION, "v").execute();
            DataAccessException update = assertThrows(DataAccessException.class,
                    () -> c.dsl().update(IMPORTS).set(IMPORTS.BUNDLE_NAME, "edited").execute());
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            DataAccessException delete = assertThrows(DataAccessException.class,
                    () -> c.dsl().deleteFrom(IMPORTS).execute());
            assertTrue(delete.getMessage().contains("append-only"), delete.getMessage());
            assertEquals("b", c.dsl().fetchValue(IMPORTS.BUNDLE_NAME));
        }
    }

    @Test
    void everyEvidenceTableHasBothTriggers() {
        List<String> evidence = List.of("imports", "import_files", "import_file_results", "import_warnings",
                "accounts", "events", "legal_requests", "legal_request_accounts", "prices", "quarantine");
        try (CaseFile c = CaseFile.create(dir.resolve("a.ledgerline"))) {
            List<String> triggers = c.dsl().fetch("SELECT name FROM sqlite_master WHERE type = 'trigger'")
                    .getValues(0, String.class);
            for (String table : evidence) {
                assertTrue(triggers.contains(table + "_no_update"), table);
                assertTrue(triggers.contains(table + "_no_delete"), table);
            }
        }
    }

    @Test
    void caseInfoIsNotEvidenceAndCanChange() {
        try (CaseFile c = CaseFile.create(dir.resolve("a.ledgerline"))) {
            c.dsl().insertInto(CASE_INFO).set(CASE_INFO.KEY, "title").set(CASE_INFO.VALUE, "x").execute();
            assertEquals(1, c.dsl().update(CASE_INFO).set(CASE_INFO.VALUE, "y").execute());
        }
    }

    @Test
    void reopensWhatWasWritten() {
        Path path = dir.resolve("a.ledgerline");
        try (CaseFile c = CaseFile.create(path)) {
            c.dsl().insertInto(CASE_INFO).set(CASE_INFO.KEY, "k").set(CASE_INFO.VALUE, "v").execute();
        }
        try (CaseFile c = CaseFile.open(path)) {
            assertEquals("v", c.dsl().fetchValue(CASE_INFO.VALUE));
        }
        assertFalse(Files.exists(CaseLock.lockFileOf(path)), "lock file removed on close");
    }

    @Test
    void refusesACaseFromANewerVersionAndLeavesItUntouched() throws Exception {
        Path path = dir.resolve("newer.ledgerline");
        CaseFile.create(path).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + path); Statement s = c.createStatement()) {
            s.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, "
                    + "checksum, installed_by, execution_time, success) VALUES (99, '99', 'future', 'SQL', "
                    + "'V99__future.sql', 0, 'x', 0, 1)");
        }
        byte[] before = Files.readAllBytes(path);
        LedgerlineException e = assertThrows(LedgerlineException.class, () -> CaseFile.open(path));
        assertTrue(e.getMessage().contains("newer version of Ledgerline"), e.getMessage());
        assertTrue(e.getMessage().contains("v99"), e.getMessage());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(path)), "file unchanged");
    }

    @Test
    void migratesAnOlderCaseAfterBackingItUp() throws Exception {
        Path path = dir.resolve("old.ledgerline");
        Flyway.configure().dataSource("jdbc:sqlite:" + path, null, null).locations("classpath:db/sqlite")
                .target("1").load().migrate();
        try (CaseFile c = CaseFile.open(path)) {
            assertEquals(1L, c.dsl().fetchCount(c.dsl().selectFrom("sqlite_master")
                    .where("type = 'trigger' and name = 'events_no_update'")));
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<String> backups = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("old.ledgerline.bak-v1-")).toList();
            assertEquals(1, backups.size(), "one backup of the v1 case");
        }
    }

    @Test
    void refusesASecondOpenOfTheSameCase() {
        Path path = dir.resolve("a.ledgerline");
        try (CaseFile first = CaseFile.create(path)) {
            LedgerlineException e = assertThrows(LedgerlineException.class, () -> CaseFile.open(path));
            assertTrue(e.getMessage().contains("open in another Ledgerline window"), e.getMessage());
            assertEquals("ok", first.integrityCheck());
        }
    }

    @Test
    void refusesAFileThatIsNotACase() throws Exception {
        Path path = dir.resolve("notes.ledgerline");
        Files.writeString(path, "just some text, not a database");
        LedgerlineException e = assertThrows(LedgerlineException.class, () -> CaseFile.open(path));
        assertTrue(e.getMessage().contains("not a Ledgerline case"), e.getMessage());
        assertEquals("just some text, not a database", Files.readString(path));
    }

    @Test
    void refusesASqliteDatabaseOfAnotherProgram() throws Exception {
        Path path = dir.resolve("other.ledgerline");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + path); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE songs (title TEXT)");
        }
        LedgerlineException e = assertThrows(LedgerlineException.class, () -> CaseFile.open(path));
        assertTrue(e.getMessage().contains("not a Ledgerline case"), e.getMessage());
    }

    @Test
    void createRefusesAnExistingFile() throws Exception {
        Path path = dir.resolve("a.ledgerline");
        Files.writeString(path, "x");
        assertThrows(LedgerlineException.class, () -> CaseFile.create(path));
    }
}
