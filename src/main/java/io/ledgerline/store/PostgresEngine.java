package io.ledgerline.store;

import static io.ledgerline.store.jooq.Tables.CASE_INFO;

import io.ledgerline.domain.LedgerlineException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A case on a shared PostgreSQL server: one schema per case, opened by several investigators at once. The server
 * serialises writers per case (an advisory lock taken first in every write transaction) where a case file uses its
 * file lock.
 */
final class PostgresEngine implements Engine {

    /** The key of {@code case_info} that names the case a schema holds. */
    static final String CASE_ID_KEY = "server_case_id";
    private static final String AUTH_FAILED = "28P01";
    private static final String NO_AUTH = "28000";

    private static final java.util.Map<String, String> ACCEPTED = new java.util.concurrent.ConcurrentHashMap<>();

    private final CaseLocation.Server server;
    private final String password;

    private PostgresEngine(CaseLocation.Server server, String password) {
        this.server = server;
        this.password = password;
    }

    /**
     * Connects (asking for a password if the server wants one that {@code .pgpass} does not give), then opens the
     * case — or with {@code create} makes it — and brings its schema to this version's.
     */
    static PostgresEngine open(CaseLocation.Server server, PasswordPrompt prompt, boolean create, Clock clock) {
        PostgresEngine engine = connectOnce(server, prompt);
        engine.checkBeforeMigrating(create);
        new SchemaMigrator(clock).migrate(server, engine.dataSource(), "classpath:db/postgresql", server.schema(),
                null);
        engine.checkCaseId(create);
        return engine;
    }

    /** True when the server holds the case; connects (and asks for a password) as {@link #open} does. */
    static boolean exists(CaseLocation.Server server, PasswordPrompt prompt) {
        PostgresEngine engine = connectOnce(server, prompt);
        try (Connection c = engine.connect(true)) {
            return engine.schemaExists(c);
        } catch (SQLException e) {
            throw engine.cannotRead(e);
        }
    }

    /**
     * Removes a case from the server: only for a case this process has just made and whose first import was refused,
     * so nothing half-written stays behind. The case's triggers refuse row changes, not the schema's removal.
     */
    static void drop(CaseLocation.Server server, PasswordPrompt prompt) {
        PostgresEngine engine = connectOnce(server, prompt);
        try (Connection c = engine.connect(false); java.sql.Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + server.schema() + " cascade");
        } catch (SQLException e) {
            throw new LedgerlineException("Could not remove the unused case " + server + ": " + e.getMessage(), e);
        }
    }

    /**
     * The ids of the cases in the server's database (whatever case {@code server} names): each schema {@code case_*}
     * holding a {@code case_info} table, with the id recorded in it, sorted.
     */
    static List<String> caseIds(CaseLocation.Server server, PasswordPrompt prompt) {
        PostgresEngine engine = connectOnce(server, prompt);
        try (Connection c = engine.connect(true)) {
            DSLContext dsl = DSL.using(c, SQLDialect.POSTGRES);
            List<String> schemas = dsl.select(DSL.field(DSL.name("table_schema"), String.class))
                    .from(DSL.table(DSL.name("information_schema", "tables")))
                    .where(DSL.field(DSL.name("table_name"), String.class).eq(CASE_INFO.getName()))
                    .and(DSL.field(DSL.name("table_schema"), String.class).like("case\\_%"))
                    .fetch(0, String.class);
            List<String> ids = new ArrayList<>();
            for (String schema : schemas) {
                String id = dsl.select(DSL.field(DSL.name("value"), String.class))
                        .from(DSL.table(DSL.name(schema, CASE_INFO.getName())))
                        .where(DSL.field(DSL.name("key"), String.class).eq(CASE_ID_KEY)).fetchOne(0, String.class);
                if (id != null) {
                    ids.add(id);
                }
            }
            ids.sort(String.CASE_INSENSITIVE_ORDER);
            return ids;
        } catch (SQLException | org.jooq.exception.DataAccessException e) {
            throw new LedgerlineException("Cannot list the cases on " + server.host() + "/" + server.database() + ": "
                    + e.getMessage(), e);
        }
    }

    private static PostgresEngine connectOnce(CaseLocation.Server server, PasswordPrompt prompt) {
        // A password accepted once is reused for this process's later connections to the same server and user:
        // asked once per session, kept in memory only.
        PostgresEngine engine = new PostgresEngine(server, ACCEPTED.get(credentialsKey(server)));
        boolean retry = false;
        while (true) {
            try (Connection c = engine.connect(false)) {
                if (engine.password != null) {
                    ACCEPTED.put(credentialsKey(server), engine.password);
                }
                return engine;
            } catch (SQLException e) {
                if (!AUTH_FAILED.equals(e.getSQLState()) && !NO_AUTH.equals(e.getSQLState())
                        && !String.valueOf(e.getMessage()).contains("password")) {
                    throw new LedgerlineException("Cannot connect to " + server.host() + ":" + server.port() + "/"
                            + server.database() + ": " + e.getMessage(), e);
                }
                char[] asked = prompt.ask(server, retry);
                if (asked == null) {
                    throw new LedgerlineException("The server " + server.host() + " asked for a password for "
                            + (server.user() == null ? System.getProperty("user.name") : server.user())
                            + " and none was given" + (retry ? " that it accepts" : "")
                            + ". Put it in your .pgpass file, or enter it when asked.", e);
                }
                engine = new PostgresEngine(server, new String(asked));
                java.util.Arrays.fill(asked, '\0');
                retry = true;
            }
        }
    }

    private static String credentialsKey(CaseLocation.Server server) {
        return server.user() + "@" + server.host() + ":" + server.port() + "/" + server.database();
    }

    @Override
    public SQLDialect dialect() {
        return SQLDialect.POSTGRES;
    }

    @Override
    public Connection connect(boolean readOnly) throws SQLException {
        Connection connection = DriverManager.getConnection(server.jdbcUrl(), properties());
        connection.setReadOnly(readOnly);
        if (readOnly) {
            // A reader sees one snapshot for its whole transaction, as a SQLite read transaction does: a long read
            // (an export, an analysis) never mixes the case before and after a colleague's write.
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        }
        return connection;
    }

    private Properties properties() {
        Properties p = new Properties();
        if (server.user() != null) {
            p.setProperty("user", server.user());
        }
        if (password != null) {
            p.setProperty("password", password);
        }
        p.setProperty("currentSchema", server.schema());
        p.setProperty("ApplicationName", "Ledgerline");
        // Not reWriteBatchedInserts: it reports SUCCESS_NO_INFO per row, and the importer reads each row's count
        // to tell an inserted row from a repeat (ON CONFLICT DO NOTHING).
        return p;
    }

    private PGSimpleDataSource dataSource() {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(server.jdbcUrl());
        if (server.user() != null) {
            source.setUser(server.user());
        }
        if (password != null) {
            source.setPassword(password);
        }
        source.setApplicationName("Ledgerline");
        return source;
    }

    @Override
    public void beforeWrite(DSLContext dsl) {
        // Released at commit or rollback. Two investigators' writes to one case queue here, so each reads the
        // latest decision and the latest audit entry before it adds its own.
        dsl.execute("select pg_advisory_xact_lock(hashtext(?))", "ledgerline:" + server.schema());
    }

    /** COPY instead of batched inserts: the server's own bulk load. */
    @Override
    public Optional<BulkInsert> bulkInsert(DSLContext dsl) {
        return Optional.of(new PostgresCopy(dsl));
    }

    @Override
    public void afterCopy(DSLContext dsl, List<Table<?>> tables) {
        // Rows copied with their ids leave each identity's sequence at its start: move it past the largest id.
        for (Table<?> table : tables) {
            if (table.field("id") != null) {
                dsl.execute("select setval(s, (select coalesce(max(id), 0) + 1 from " + table.getName() + "), false)"
                        + " from (select pg_get_serial_sequence(?, 'id') as s) q where s is not null",
                        server.schema() + "." + table.getName());
            }
        }
    }

    @Override
    public List<String> integrityCheck(DSLContext dsl) {
        List<String> problems = new ArrayList<>(dsl.fetch("select c.relname from pg_index i"
                + " join pg_class c on c.oid = i.indexrelid join pg_namespace n on n.oid = c.relnamespace"
                + " where n.nspname = ? and not i.indisvalid", server.schema())
                .getValues(0, String.class).stream().map(index -> "index " + index + " is not valid").toList());
        return problems.isEmpty() ? List.of("ok") : problems;
    }

    @Override
    public void close() {
        // Nothing held beyond the connections.
    }

    /**
     * Whether the case's schema is there, readable or not: pg_namespace lists every schema, where
     * information_schema hides those the login has no privilege on (a case would then seem missing).
     */
    private boolean schemaExists(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select 1 from pg_catalog.pg_namespace where nspname = ?")) {
            s.setString(1, server.schema());
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    /**
     * Before Flyway, on one connection: the case is there (or, for a new one, is not), and the login may read it (or
     * make one) — said in words, where Flyway would fail with a message about a missing or damaged case. Reading a
     * case needs the investigator role, making one the right to create schemas in the database.
     */
    private void checkBeforeMigrating(boolean create) {
        try (Connection c = connect(true)) {
            boolean exists = schemaExists(c);
            if (!create && !exists) {
                throw new LedgerlineException("There is no case " + server.caseId() + " on " + server.host() + "/"
                        + server.database() + ". Publish one there with: ledgerline publish CASE.ledgerline "
                        + server);
            }
            if (create && exists) {
                throw new LedgerlineException("The server " + server.host() + "/" + server.database()
                        + " already holds a case " + server.caseId() + " (schema " + server.schema() + ").");
            }
            refuseWithoutPrivilege(c, create);
        } catch (SQLException e) {
            throw cannotRead(e);
        }
    }

    private void refuseWithoutPrivilege(Connection c, boolean create) throws SQLException {
        String sql = create ? "select has_database_privilege(current_database(), 'CREATE'), current_user"
                : "select has_schema_privilege(?, 'USAGE'), current_user";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            if (!create) {
                s.setString(1, server.schema());
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                if (rs.getBoolean(1)) {
                    return;
                }
                String user = rs.getString(2);
                throw new LedgerlineException(create
                        ? user + " may not create cases on " + server.host() + "/" + server.database()
                                + " (no CREATE privilege on the database). Ask the server's administrator for it, or"
                                + " ask a colleague who has it to publish the case."
                        : user + " may not read the case " + server.caseId() + " on " + server.host() + "/"
                                + server.database() + ". Ask the server's administrator to grant "
                                + "ledgerline_investigator (or ledgerline_approver) to " + user + ".");
            }
        }
    }

    private LedgerlineException cannotRead(SQLException e) {
        return new LedgerlineException("Cannot read the cases on " + server.host() + ": " + e.getMessage(), e);
    }

    /** A new case records its id; an existing one must hold the id asked for (two ids can share a schema name). */
    private void checkCaseId(boolean create) {
        try (Connection c = connect(false)) {
            DSLContext dsl = DSL.using(c, SQLDialect.POSTGRES, new Settings().withRenderSchema(false));
            String recorded = dsl.select(CASE_INFO.VALUE).from(CASE_INFO).where(CASE_INFO.KEY.eq(CASE_ID_KEY))
                    .fetchOne(CASE_INFO.VALUE);
            if (recorded == null && create) {
                dsl.insertInto(CASE_INFO).set(CASE_INFO.KEY, CASE_ID_KEY).set(CASE_INFO.VALUE, server.caseId())
                        .execute();
            } else if (recorded == null || !recorded.equals(server.caseId())) {
                throw new LedgerlineException("The schema " + server.schema() + " on " + server.host() + " holds "
                        + (recorded == null ? "no Ledgerline case id" : "the case " + recorded) + ", not "
                        + server.caseId() + ".");
            }
        } catch (SQLException e) {
            throw new LedgerlineException("Cannot read the case " + server.caseId() + ": " + e.getMessage(), e);
        }
    }
}
