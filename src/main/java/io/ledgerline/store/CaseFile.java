package io.ledgerline.store;

import io.ledgerline.domain.LedgerlineException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * One open case: a SQLite file with the extension {@value #EXTENSION}, locked to this process while open. The schema is
 * created or upgraded on open. Thread-safe for one writer at a time; callers run it off the UI thread.
 */
public final class CaseFile implements AutoCloseable {

    public static final String EXTENSION = ".ledgerline";
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private final Path path;
    private final CaseLock lock;
    private final Connection connection;
    private final DSLContext dsl;

    private CaseFile(Path path, CaseLock lock, Connection connection) {
        this.path = path;
        this.lock = lock;
        this.connection = connection;
        this.dsl = DSL.using(connection, SQLDialect.SQLITE,
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

    static CaseFile openOrCreate(Path path, Clock clock) {
        Path absolute = path.toAbsolutePath().normalize();
        createParent(absolute);
        CaseLock lock = CaseLock.acquire(absolute);
        try {
            refuseNonSqlite(absolute);
            if (!Files.exists(absolute) || Files.size(absolute) == 0) {
                setPageSizeOfNewFile(absolute);
            }
            SQLiteDataSource dataSource = new SQLiteDataSource(connectionConfig());
            dataSource.setUrl("jdbc:sqlite:" + absolute);
            new SchemaMigrator(clock).migrate(absolute, dataSource, target -> vacuumInto(dataSource, target));
            return new CaseFile(absolute, lock, dataSource.getConnection());
        } catch (SQLException | IOException e) {
            lock.close();
            throw new LedgerlineException("Cannot open the case " + absolute.getFileName() + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * 16 KiB pages made a million-row insert ~15% faster than SQLite's 4 KiB default (measured here): a case is written
     * in bulk and read in long ranges. The size is fixed when the file is first written, before WAL is switched on.
     */
    private static void setPageSizeOfNewFile(Path path) throws SQLException {
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + path);
                Statement s = c.createStatement()) {
            s.execute("PRAGMA page_size = 16384");
            s.execute("PRAGMA journal_mode = WAL");
        }
    }

    private static SQLiteConfig connectionConfig() {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // NORMAL in WAL mode cannot corrupt the file; a power cut may lose only the last committed import.
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(5_000);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        config.setCacheSize(-64_000);
        return config;
    }

    private static void createParent(Path path) {
        try {
            Path parent = path.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new LedgerlineException("Cannot create the folder for " + path + ": " + e.getMessage(), e);
        }
    }

    private static void refuseNonSqlite(Path path) {
        try {
            if (!Files.exists(path) || Files.size(path) == 0) {
                return;
            }
            byte[] header = new byte[SQLITE_MAGIC.length];
            try (InputStream in = Files.newInputStream(path)) {
                int read = in.readNBytes(header, 0, header.length);
                if (read < header.length || !Arrays.equals(header, SQLITE_MAGIC)) {
                    throw new LedgerlineException(path.getFileName() + " is not a Ledgerline case file.");
                }
            }
        } catch (IOException e) {
            throw new LedgerlineException("Cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    private static void vacuumInto(SQLiteDataSource dataSource, Path target) {
        // VACUUM INTO writes a consistent, self-contained copy, WAL content included.
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("VACUUM INTO '" + target.toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            throw new LedgerlineException("Cannot back up the case before upgrading it: " + e.getMessage()
                    + ". The case was not changed.", e);
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

    public Path path() {
        return path;
    }

    /** The case's file name without its extension, as shown in titles. */
    public String displayName() {
        String name = path.getFileName().toString();
        return name.endsWith(EXTENSION) ? name.substring(0, name.length() - EXTENSION.length()) : name;
    }

    DSLContext dsl() {
        return dsl;
    }

    /**
     * Runs {@code work} on a separate read-only connection to this case, closed afterwards, so several readers can
     * scan at once (WAL serves them without blocking each other or the writer). Any thread may call it.
     */
    void withReader(SqlWork work) throws SQLException {
        SQLiteConfig config = connectionConfig();
        config.setReadOnly(true);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + path);
        try (Connection reader = source.getConnection()) {
            work.run(reader);
        }
    }

    /** Work on a JDBC connection, for the store's few plain-JDBC reads. */
    @FunctionalInterface
    interface SqlWork {
        void run(Connection connection) throws SQLException;
    }

    /** Runs {@code work} in one transaction: all of it is written, or on any exception none of it. */
    synchronized <T> T transaction(Function<DSLContext, T> work) {
        return dsl.transactionResult(configuration -> work.apply(configuration.dsl()));
    }

    /**
     * Runs {@code work} in one write transaction: everything the stores write through its {@link Tx} is committed
     * together, or on any exception none of it. Any thread; writers are serialised.
     */
    public <T> T write(Function<Tx, T> work) {
        return transaction(dsl -> work.apply(new Tx(dsl)));
    }

    /** SQLite's own consistency check: "ok" for a sound file. */
    public String integrityCheck() {
        return dsl.fetchOne("PRAGMA integrity_check").get(0, String.class);
    }

    /** Every line of SQLite's consistency check; the single line "ok" for a sound file. */
    public List<String> integrityCheckLines() {
        return dsl.fetch("PRAGMA integrity_check").getValues(0, String.class);
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new LedgerlineException("Could not close the case " + path.getFileName() + ": " + e.getMessage(), e);
        } finally {
            lock.close();
        }
    }
}
