package io.ledgerline.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Edits a closed case file the way someone with the sqlite3 shell would, behind Ledgerline's back (no lock, no
 * triggers unless they are still there). Test helper.
 */
public final class Sqlite3Shell {

    private Sqlite3Shell() {
    }

    public static void exec(Path caseFile, String... statements) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + caseFile);
                Statement s = c.createStatement()) {
            for (String script : statements) {
                // JDBC runs one statement per call; the test scripts hold no ';' inside literals
                for (String sql : script.split(";")) {
                    if (!sql.isBlank()) {
                        s.execute(sql);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Drops {@code table}'s append-only triggers, as an editor determined to change a row would. */
    public static String dropTriggers(String table) {
        return "DROP TRIGGER " + table + "_no_update; DROP TRIGGER " + table + "_no_delete";
    }
}
