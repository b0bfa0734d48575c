package io.ledgerline.store;

import io.ledgerline.domain.LedgerlineException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * One open case: a SQLite file with the extension {@value #EXTENSION}, locked to this process while open, or a case on
 * a PostgreSQL server shared by a team ({@link CaseLocation}). The schema is created or upgraded on open. Every store
 * runs the same jOOQ code on either engine. Thread-safe for one writer at a time; callers run it off the UI thread.
 */
public final class CaseFile implements AutoCloseable {

    public static final String EXTENSION = ".ledgerline";

    private final CaseLocation location;
    private final Engine engine;
    private final Connection connection;
    private final DSLContext dsl;

    private CaseFile(CaseLocation location, Engine engine, Connection connection) {
        this.location = location;
        this.engine = engine;
        this.connection = connection;
        this.dsl = DSL.using(connection, engine.dialect(),
                new Settings().withRenderSchema(false).withExecuteLogging(false));
    }

    /** Opens an existing case, upgrading an older one after backing it up. */
    public static CaseFile open(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new LedgerlineException("No case file at " + path + ".");
        }
        return openOrCreate(path, Clock.systemUTC());
    }

    /** Creates a new, empty case; refuses a path where a file already is. */
    public static CaseFile create(Path path) {
        if (Files.exists(path)) {
            throw new LedgerlineException("A file already exists at " + path + "; choose another name.");
        }
        return openOrCreate(path, Clock.systemUTC());
    }

    public static CaseFile openOrCreate(Path path) {
        return openOrCreate(path, Clock.systemUTC());
    }

    /** Opens an existing case file or server case. */
    public static CaseFile open(CaseLocation location, PasswordPrompt prompt) {
        if (location instanceof CaseLocation.Server server) {
            return start(server, PostgresEngine.open(server, prompt, false, Clock.systemUTC()));
        }
        return open(((CaseLocation.File) location).path());
    }

    /** Creates a new, empty case file or server case; refuses one that exists. */
    public static CaseFile create(CaseLocation location, PasswordPrompt prompt) {
        if (location instanceof CaseLocation.Server server) {
            return start(server, PostgresEngine.open(server, prompt, true, Clock.systemUTC()));
        }
        return create(((CaseLocation.File) location).path());
    }

    static CaseFile openOrCreate(Path path, Clock clock) {
        Path absolute = path.toAbsolutePath().normalize();
        return start(new CaseLocation.File(absolute), SqliteEngine.open(absolute, clock));
    }

    private static CaseFile start(CaseLocation location, Engine engine) {
        try {
            return new CaseFile(location, engine, engine.connect(false));
        } catch (SQLException e) {
            engine.close();
            throw new LedgerlineException("Cannot open the case " + location.displayName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Deletes a case file that is not open, with its SQLite side files; used to remove a case this process just created
     * when its first import was refused. Does nothing when the case is open somewhere.
     */
    public static void deleteUnused(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        if (Files.exists(CaseLock.lockFileOf(absolute))) {
            return;
        }
        try {
            for (String suffix : new String[] {"-wal", "-shm", ""}) {
                Files.deleteIfExists(absolute.resolveSibling(absolute.getFileName() + suffix));
            }
        } catch (IOException e) {
            throw new LedgerlineException("Could not remove the unused case " + absolute + ": " + e.getMessage(), e);
        }
    }

    /** True when a case is at {@code location} (for a server, it connects to find out). */
    public static boolean exists(CaseLocation location, PasswordPrompt prompt) {
        if (location instanceof CaseLocation.Server server) {
            return PostgresEngine.exists(server, prompt);
        }
        return Files.exists(((CaseLocation.File) location).path());
    }

    /** As {@link #deleteUnused(Path)}, for either kind of location. */
    public static void deleteUnused(CaseLocation location, PasswordPrompt prompt) {
        if (location instanceof CaseLocation.Server server) {
            PostgresEngine.drop(server, prompt);
        } else {
            deleteUnused(((CaseLocation.File) location).path());
        }
    }

    public CaseLocation location() {
        return location;
    }

    /** True for a case on a shared server, which others may change while it is open here. */
    public boolean shared() {
        return location instanceof CaseLocation.Server;
    }

    /** The file of a local case. */
    public Path path() {
        if (location instanceof CaseLocation.File file) {
            return file.path();
        }
        throw new IllegalStateException(location + " is not a case file");
    }

    /** The case's file name without its extension, or a server case's id, as shown in titles. */
    public String displayName() {
        return location.displayName();
    }

    DSLContext dsl() {
        return dsl;
    }

    /**
     * Runs {@code work} on a separate read-only connection to this case, closed afterwards, so several readers can
     * scan at once (WAL serves them without blocking each other or the writer). Any thread may call it.
     */
    void withReader(SqlWork work) throws SQLException {
        try (Connection reader = engine.connect(true)) {
            // A server streams a large result with its fetch size only inside a transaction.
            reader.setAutoCommit(false);
            try {
                work.run(reader);
            } finally {
                reader.rollback();
            }
        }
    }

    void afterCopy(DSLContext dsl, List<org.jooq.Table<?>> tables) {
        engine.afterCopy(dsl, tables);
    }

    /** The engine's bulk insert for an import in the transaction of {@code dsl}, if it has one. */
    Optional<BulkInsert> bulkInsert(DSLContext dsl) {
        return engine.bulkInsert(dsl);
    }

    SQLDialect dialect() {
        return engine.dialect();
    }

    /** Work on a JDBC connection, for the store's few plain-JDBC reads. */
    @FunctionalInterface
    interface SqlWork {
        void run(Connection connection) throws SQLException;
    }

    /** Runs {@code work} in one transaction: all of it is written, or on any exception none of it. */
    synchronized <T> T transaction(Function<DSLContext, T> work) {
        return dsl.transactionResult(configuration -> {
            engine.beforeWrite(configuration.dsl());
            return work.apply(configuration.dsl());
        });
    }

    /**
     * Runs {@code work} in one write transaction: everything the stores write through its {@link Tx} is committed
     * together, or on any exception none of it. Any thread; writers are serialised.
     */
    public <T> T write(Function<Tx, T> work) {
        return transaction(dsl -> work.apply(new Tx(dsl)));
    }

    /** The engine's own consistency check: "ok" for a sound case, else its first finding. */
    public String integrityCheck() {
        return integrityCheckLines().get(0);
    }

    /** Every line of the engine's consistency check; the single line "ok" for a sound case. */
    public synchronized List<String> integrityCheckLines() {
        return engine.integrityCheck(dsl);
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new LedgerlineException("Could not close the case " + displayName() + ": " + e.getMessage(), e);
        } finally {
            engine.close();
        }
    }
}
