package io.ledgerline.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.Table;

/**
 * The database engine under one open case: what differs between a local SQLite file and a case on a PostgreSQL
 * server. Everything else — every query, every store — is the same jOOQ code on both.
 */
interface Engine extends AutoCloseable {

    SQLDialect dialect();

    /** A new connection to the case; a read-only one for readers that scan beside the writer. */
    Connection connect(boolean readOnly) throws SQLException;

    /**
     * Called first in every write transaction. Writers are serialised per case so the audit chain stays one chain and
     * a decision is checked against the latest one; within one process the case does that, across the processes of a
     * team the server must.
     */
    void beforeWrite(DSLContext dsl);

    /** After rows were copied in with their keys ({@link CaseCopy}): let generated keys continue after them. */
    void afterCopy(DSLContext dsl, List<Table<?>> tables);

    /** The engine's own way to add an import's evidence rows in bulk, if faster than JDBC batches. */
    default Optional<BulkInsert> bulkInsert(DSLContext dsl) {
        return Optional.empty();
    }

    /** The engine's own consistency check of the case's storage: the single line "ok" when sound. */
    List<String> integrityCheck(DSLContext dsl);

    /** Releases what the engine holds for the open case (a file lock); the connections are closed by the case. */
    @Override
    void close();
}
