package io.ledgerline.store;

import static io.ledgerline.store.jooq.Tables.EVENTS;
import static io.ledgerline.store.jooq.Tables.EVIDENCE_SEALS;
import static io.ledgerline.store.jooq.Tables.IMPORTS;
import static io.ledgerline.store.jooq.Tables.IMPORT_FILES;
import static io.ledgerline.store.jooq.Tables.IMPORT_FILE_RESULTS;
import static io.ledgerline.store.jooq.Tables.IMPORT_WARNINGS;
import static io.ledgerline.store.jooq.Tables.LEGAL_REQUEST_ACCOUNTS;
import static io.ledgerline.store.jooq.Tables.QUARANTINE;

import io.ledgerline.domain.Event;
import io.ledgerline.domain.LegalRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.BatchBindStep;
import org.jooq.ConnectionProvider;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStepN;
import org.jooq.Record;
import org.jooq.exception.DataAccessException;

/**
 * Writes one import inside its transaction (see {@link ImportStore#write}). Rows go in as batches; a row whose key is
 * already in the case is not written and comes back as a {@link Collision}, so the importer decides whether it is a
 * duplicate or a conflict without a query per row.
 */
public final class ImportWriter {

    private final DSLContext dsl;
    /** Rows per multi-row insert: one statement of 32 rows cost the driver and SQLite ~10% less than 32 statements. */
    private static final int ROWS_PER_STATEMENT = 32;

    private final Map<String, String> renderedSql = new HashMap<>();
    private final Map<Long, FileSeals> seals = new HashMap<>();
    /** The engine's bulk path (PostgreSQL's COPY) for evidence rows; empty: the JDBC batch below. */
    private final Optional<BulkInsert> bulk;

    ImportWriter(DSLContext dsl, Optional<BulkInsert> bulk) {
        this.dsl = dsl;
        this.bulk = bulk;
    }

    /** This import's transaction, for writing its audit entry with it. */
    public Tx tx() {
        return new Tx(dsl);
    }

    public long beginImport(ImportHeader header) {
        return dsl.insertInto(IMPORTS)
                .set(IMPORTS.BUNDLE_NAME, header.bundleName())
                .set(IMPORTS.FORMAT, header.format())
                .set(IMPORTS.CASE_ID, header.caseId())
                .set(IMPORTS.TITLE, header.title())
                .set(IMPORTS.EXPORTED_AT, header.exportedAt())
                .set(IMPORTS.EXPORTED_BY, header.exportedBy())
                .set(IMPORTS.MANIFEST_JSON, header.manifestJson())
                .set(IMPORTS.MODE, header.lenient() ? "lenient" : "strict")
                .set(IMPORTS.IMPORTED_AT, header.importedAt().toString())
                .set(IMPORTS.TOOL_VERSION, header.toolVersion())
                .returningResult(IMPORTS.ID)
                .fetchOne(IMPORTS.ID);
    }

    public long addFile(long importId, ImportedFile file) {
        return dsl.insertInto(IMPORT_FILES)
                .set(IMPORT_FILES.IMPORT_ID, (int) importId)
                .set(IMPORT_FILES.FILE_NAME, file.fileName())
                .set(IMPORT_FILES.KIND, file.kind())
                .set(IMPORT_FILES.SHA256, file.sha256())
                .set(IMPORT_FILES.SIZE_BYTES, file.sizeBytes())
                .set(IMPORT_FILES.ROWS_DECLARED, file.rowsDeclared())
                .returningResult(IMPORT_FILES.ID)
                .fetchOne(IMPORT_FILES.ID);
    }

    public void finishFile(long fileId, FileResult result, List<ImportWarning> warnings) {
        dsl.insertInto(IMPORT_FILE_RESULTS)
                .set(IMPORT_FILE_RESULTS.IMPORT_FILE_ID, (int) fileId)
                .set(IMPORT_FILE_RESULTS.ROWS_IMPORTED, result.rowsImported())
                .set(IMPORT_FILE_RESULTS.DUPLICATES, result.duplicates())
                .set(IMPORT_FILE_RESULTS.WARNINGS, result.warnings())
                .set(IMPORT_FILE_RESULTS.QUARANTINED, result.quarantined())
                .set(IMPORT_FILE_RESULTS.MILLIS, result.millis())
                .execute();
        writeSeals(fileId);
        if (warnings.isEmpty()) {
            return;
        }
        BatchBindStep batch = dsl.batch(dsl.insertInto(IMPORT_WARNINGS, IMPORT_WARNINGS.IMPORT_FILE_ID,
                IMPORT_WARNINGS.FIRST_LINE, IMPORT_WARNINGS.COLUMN_NAME, IMPORT_WARNINGS.MESSAGE,
                IMPORT_WARNINGS.OCCURRENCES).values((Integer) null, null, null, null, null));
        for (ImportWarning w : warnings) {
            batch.bind((int) fileId, w.firstLine(), w.column(), w.message(), w.occurrences());
        }
        batch.execute();
    }

    /** Records the evidence seals of file {@code fileId}: its rows as written, digested per table. */
    private void writeSeals(long fileId) {
        FileSeals file = seals.remove(fileId);
        if (file == null) {
            return;
        }
        for (FileSeals.Seal seal : file.finish()) {
            dsl.insertInto(EVIDENCE_SEALS)
                    .set(EVIDENCE_SEALS.IMPORT_FILE_ID, (int) fileId)
                    .set(EVIDENCE_SEALS.TABLE_NAME, seal.table())
                    .set(EVIDENCE_SEALS.ROW_COUNT, seal.rows())
                    .set(EVIDENCE_SEALS.DIGEST, seal.digest())
                    .set(EVIDENCE_SEALS.ROW_HASHES, seal.rowHashes())
                    .execute();
        }
    }

    private FileSeals seals(long fileId) {
        return seals.computeIfAbsent(fileId, id -> new FileSeals());
    }

    public void quarantine(long fileId, String fileName, long line, String raw, String reasons) {
        seals(fileId).quarantined(line, new Object[] {(int) fileId, fileName, (int) line, raw, reasons});
        dsl.insertInto(QUARANTINE)
                .set(QUARANTINE.IMPORT_FILE_ID, (int) fileId)
                .set(QUARANTINE.FILE_NAME, fileName)
                .set(QUARANTINE.LINE, (int) line)
                .set(QUARANTINE.RAW, raw)
                .set(QUARANTINE.REASONS, reasons)
                .execute();
    }

    /**
     * Inserts bound rows; a row whose key is already in the case is not written and comes back as a collision. Rows of
     * {@link EvidenceTable#LEGAL_REQUESTS_TABLE} also get their account links.
     */
    public <T> List<Collision> insert(BoundRows<T> rows) {
        List<Collision> collisions = insertKeyed(rows);
        if (rows.table == EvidenceTable.LEGAL_REQUESTS_TABLE) {
            @SuppressWarnings("unchecked")
            BoundRows<LegalRequest> requests = (BoundRows<LegalRequest>) rows;
            link(requests, collisions);
        }
        return collisions;
    }

    /** Binds and inserts events of file {@code fileId} on this thread (see {@link #insert}). */
    public List<Collision> insertEvents(long fileId, List<EvidenceRow<Event>> rows) {
        return insert(EvidenceTable.EVENTS_TABLE.bind(fileId, rows));
    }

    /**
     * The events already in the case under these ids, read inside this import's transaction (one query), so an
     * importer can tell an identical event whose text differs (a round trip through another tool) from a conflict.
     */
    public Map<String, Event> events(Collection<String> eventIds) {
        Map<String, Event> found = new HashMap<>();
        if (eventIds.isEmpty()) {
            return found;
        }
        dsl.selectFrom(EVENTS).where(EVENTS.EVENT_ID.in(eventIds))
                .forEach(r -> found.put(r.getEventId(), AccountStore.toEvent(r)));
        return found;
    }

    private void link(BoundRows<LegalRequest> requests, List<Collision> collisions) {
        BatchBindStep links = dsl.batch(dsl.insertInto(LEGAL_REQUEST_ACCOUNTS, LEGAL_REQUEST_ACCOUNTS.REQUEST_ID,
                LEGAL_REQUEST_ACCOUNTS.ACCOUNT_ID).values((String) null, null).onConflictDoNothing());
        // links only for requests written now: a request refused as a repeat or conflict names no accounts here
        Set<Long> notWritten = new HashSet<>();
        collisions.forEach(c -> notWritten.add(c.line()));
        List<String[]> bound = new ArrayList<>();
        for (EvidenceRow<LegalRequest> row : requests.rows) {
            if (notWritten.contains(row.line())) {
                continue;
            }
            for (String accountId : row.value().accountIds()) {
                links.bind(row.value().requestId(), accountId);
                bound.add(new String[] {row.value().requestId(), accountId});
            }
        }
        if (links.size() > 0) {
            int[] counts = links.execute();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] > 0) {
                    seals(requests.fileId).linked(bound.get(i)[0], bound.get(i)[1]);
                }
            }
        }
    }

    /**
     * The insert of {@code rows} rows of one evidence table's sealed columns, skipping a row whose key is already
     * there; rendered once per table and size.
     */
    private String insertSql(SealedColumns table, int rows) {
        return renderedSql.computeIfAbsent(table.name() + "/" + rows, k -> {
            List<Object> nulls = Arrays.asList(new Object[table.columns.size()]);
            InsertValuesStepN<?> insert = dsl.insertInto(table.table).columns(table.insertColumns()).values(nulls);
            for (int i = 1; i < rows; i++) {
                insert = insert.values(nulls);
            }
            return dsl.render(insert.onConflictDoNothing());
        });
    }

    private <T> List<Collision> insertKeyed(BoundRows<T> bound) {
        if (bound.isEmpty()) {
            return List.of();
        }
        EvidenceTable<T> table = bound.table;
        boolean[] maybeNotWritten = bulk.isPresent() ? notWritten(bulk.get().insert(table.sealed, bound.values))
                : insertRows(table.sealed, bound.values);
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < maybeNotWritten.length; i++) {
            if (maybeNotWritten[i]) {
                keys.add(table.keyOf.apply(bound.rows.get(i).value()));
            }
        }
        // one query for the whole batch, and only when some statement wrote fewer rows than it held
        Map<String, Record> existing = new HashMap<>();
        if (!keys.isEmpty()) {
            dsl.select(table.keyField, table.hashField, table.fileField, table.lineField, IMPORT_FILES.FILE_NAME)
                    .from(table.sealed.table).join(IMPORT_FILES).on(IMPORT_FILES.ID.eq(table.fileField))
                    .where(table.keyField.in(keys))
                    .forEach(r -> existing.put(r.get(table.keyField), r));
        }
        FileSeals fileSeals = seals(bound.fileId);
        List<Collision> collisions = new ArrayList<>();
        for (int i = 0; i < maybeNotWritten.length; i++) {
            EvidenceRow<T> row = bound.rows.get(i);
            if (maybeNotWritten[i]) {
                Record there = existing.get(table.keyOf.apply(row.value()));
                boolean thisRow = there.get(table.fileField) == bound.fileId && there.get(table.lineField) == row.line();
                if (!thisRow) {
                    collisions.add(new Collision(table.labelOf.apply(row.value()), row.line(),
                            row.contentHash().equals(there.get(table.hashField)), there.get(IMPORT_FILES.FILE_NAME),
                            there.get(table.lineField), there.get(table.fileField) == bound.fileId));
                    continue;
                }
            }
            fileSeals.written(table.sealed, bound.hashes.get(i));
        }
        return collisions;
    }

    /** Per row, whether the engine's bulk insert left it out (its key was already there). */
    private static boolean[] notWritten(int[] counts) {
        boolean[] notWritten = new boolean[counts.length];
        for (int i = 0; i < counts.length; i++) {
            notWritten[i] = counts[i] == 0;
        }
        return notWritten;
    }

    /**
     * Inserts the rows on the transaction's connection, {@value #ROWS_PER_STATEMENT} to a statement, then the rest as a
     * JDBC batch; returns, per row, whether it may not have been written (its statement wrote fewer rows than it held).
     * Binding through jOOQ cost more than SQLite's own work on a million-row import; the SQL still comes from the DSL.
     */
    private boolean[] insertRows(SealedColumns table, List<Object[]> rows) {
        boolean[] maybeNotWritten = new boolean[rows.size()];
        int inFullStatements = rows.size() / ROWS_PER_STATEMENT * ROWS_PER_STATEMENT;
        ConnectionProvider provider = dsl.configuration().connectionProvider();
        Connection connection = provider.acquire();
        try {
            if (inFullStatements > 0) {
                try (PreparedStatement many = connection.prepareStatement(insertSql(table, ROWS_PER_STATEMENT))) {
                    for (int start = 0; start < inFullStatements; start += ROWS_PER_STATEMENT) {
                        int parameter = 1;
                        for (int r = start; r < start + ROWS_PER_STATEMENT; r++) {
                            for (Object value : rows.get(r)) {
                                many.setObject(parameter++, value);
                            }
                        }
                        if (many.executeUpdate() < ROWS_PER_STATEMENT) {
                            Arrays.fill(maybeNotWritten, start, start + ROWS_PER_STATEMENT, true);
                        }
                    }
                }
            }
            if (inFullStatements < rows.size()) {
                try (PreparedStatement one = connection.prepareStatement(insertSql(table, 1))) {
                    for (int r = inFullStatements; r < rows.size(); r++) {
                        Object[] values = rows.get(r);
                        for (int i = 0; i < values.length; i++) {
                            one.setObject(i + 1, values[i]);
                        }
                        one.addBatch();
                    }
                    int[] counts = one.executeBatch();
                    for (int i = 0; i < counts.length; i++) {
                        maybeNotWritten[inFullStatements + i] = counts[i] == 0;
                    }
                }
            }
            return maybeNotWritten;
        } catch (SQLException e) {
            throw new DataAccessException("Batch insert failed: " + e.getMessage(), e);
        } finally {
            provider.release(connection);
        }
    }

}
