package io.ledgerline.testing;

import io.ledgerline.store.CaseLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server the store tests run against besides SQLite: {@code LEDGERLINE_TEST_PG}
 * ({@code postgresql://USER@HOST:PORT/DATABASE}, a superuser for role tests), or else the throwaway cluster that
 * {@code .ci/postgres-start} starts (idempotent). Without either, the server tests are skipped — unless
 * {@code LEDGERLINE_TEST_PG_REQUIRED} is set, as CI does, when they fail instead. Each test case gets a schema of its
 * own, dropped when the test JVM ends.
 */
public final class TestServer {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final AtomicInteger CASES = new AtomicInteger();
    private static final List<String> SCHEMAS = new CopyOnWriteArrayList<>();
    private static String base;
    private static String problem;

    private TestServer() {
    }

    /** A location for a new, not yet existing case on the test server; skips (or fails) the test without one. */
    public static CaseLocation.Server newCase() {
        String url = base();
        CaseLocation.Server server = (CaseLocation.Server) CaseLocation.parse(
                url + "?case=T-" + RUN + "-" + CASES.incrementAndGet());
        SCHEMAS.add(server.schema());
        return server;
    }

    /** A JDBC connection to the test database as its superuser, for setting up roles. */
    public static Connection admin() throws SQLException {
        // A location only to name the database and user: no case schema is made, so none is listed for dropping.
        CaseLocation.Server database = (CaseLocation.Server) CaseLocation.parse(base() + "?case=admin");
        return DriverManager.getConnection(database.jdbcUrl(), database.user(), null);
    }

    /** The location text of the test database, without a case. */
    public static synchronized String base() {
        if (base == null && problem == null) {
            start();
        }
        if (base == null) {
            if (System.getenv("LEDGERLINE_TEST_PG_REQUIRED") != null) {
                Assertions.fail("The PostgreSQL tests need a server: " + problem);
            }
            Assumptions.abort("No PostgreSQL server for the tests (" + problem + ")");
        }
        return base;
    }

    private static void start() {
        String given = System.getenv("LEDGERLINE_TEST_PG");
        if (given != null && !given.isBlank()) {
            base = given.strip();
        } else {
            base = startThrowaway();
        }
        if (base != null) {
            Runtime.getRuntime().addShutdownHook(new Thread(TestServer::dropSchemas, "drop-test-schemas"));
        }
    }

    private static String startThrowaway() {
        Path script = Path.of(".ci", "postgres-start").toAbsolutePath();
        if (!Files.isExecutable(script)) {
            problem = script + " not found";
            return null;
        }
        try {
            Process process = new ProcessBuilder(script.toString()).redirectErrorStream(false).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                problem = "postgres-start did not finish in 120 s";
                return null;
            }
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (process.exitValue() != 0 || !out.startsWith("postgresql://")) {
                problem = "postgres-start: " + (err.isEmpty() ? out : err);
                return null;
            }
            return out;
        } catch (IOException e) {
            problem = e.getMessage();
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            problem = "interrupted";
            return null;
        }
    }

    private static void dropSchemas() {
        if (SCHEMAS.isEmpty()) {
            return;
        }
        try (Connection c = admin();
                Statement s = c.createStatement()) {
            for (String schema : SCHEMAS) {
                s.execute("drop schema if exists " + schema.toLowerCase(Locale.ROOT) + " cascade");
            }
        } catch (SQLException e) {
            System.err.println("Could not drop the test schemas: " + e.getMessage());
        }
    }
}
