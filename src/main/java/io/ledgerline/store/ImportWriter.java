package io.ledgerline.store;

import static io.ledgerline.store.jooq.Tables.ACCOUNTS;
import static io.ledgerline.store.jooq.Tables.EVENTS;
import static io.ledgerline.store.jooq.Tables.EVIDENCE_SEALS;
import static io.ledgerline.store.jooq.Tables.IMPORTS;
import static io.ledgerline.store.jooq.Tables.IMPORT_FILES;
import static io.ledgerline.store.jooq.Tables.IMPORT_FILE_RESULTS;
import static io.ledgerline.store.jooq.Tables.IMPORT_WARNINGS;
import static io.ledgerline.store.jooq.Tables.LEGAL_REQUESTS;
import static io.ledgerline.store.jooq.Tables.LEGAL_REQUEST_ACCOUNTS;
import static io.ledgerline.store.jooq.Tables.PRICES;
import static io.ledgerline.store.jooq.Tables.QUARANTINE;

import io.ledgerline.domain.Account;
import io.ledgerline.domain.EpochMicros;
import io.ledgerline.domain.Event;
import io.ledgerline.domain.LegalRequest;
import io.ledgerline.domain.Price;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jooq.BatchBindStep;
import org.jooq.ConnectionProvider;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * Writes one import inside its transaction (see {@link ImportStore#write}). Rows go in as batches; a row whose key is
 * already in the case is not written and comes back as a {@link Collision}, so the importer decides whether it is a
 * duplicate or a conflict without a query per row.
 */
public final class ImportWriter {

    private final DSLContext dsl;
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

    public List<Collision> insertAccounts(long fileId, List<EvidenceRow<Account>> rows) {
        Query insert = insertOf(SealedColumns.ACCOUNTS_ROWS);
        return insertKeyed(SealedColumns.ACCOUNTS_ROWS, insert, rows, row -> {
            Account a = row.value();
            return new Object[] {a.accountId(), micros(a.openedAt()), a.openedAtText(), a.kycLevel(), a.country(),
                a.emailMasked(), a.phoneMasked(), a.status(), ExtraColumnsJson.write(a.extra()), row.contentHash(),
                (int) fileId, (int) row.line()};
        }, Account::accountId, null, fileId, ACCOUNTS, ACCOUNTS.ACCOUNT_ID, ACCOUNTS.CONTENT_HASH,
                ACCOUNTS.IMPORT_FILE_ID, ACCOUNTS.SOURCE_LINE);
    }

    public List<Collision> insertEvents(long fileId, List<EvidenceRow<Event>> rows) {
        Query insert = insertOf(SealedColumns.EVENTS_ROWS);
        return insertKeyed(SealedColumns.EVENTS_ROWS, insert, rows, row -> {
            Event e = row.value();
            return new Object[] {e.eventId(), e.accountId(), EpochMicros.of(e.occurredAt()), e.occurredAtText(),
                e.type(), e.category().name(), e.outcome().code(), e.ip(), e.deviceId(), e.userAgent(), e.country(),
                e.channel(), e.asset(), e.amount(), e.fee(), e.address(), e.network(), e.txHash(),
                e.ref(), e.details(), ExtraColumnsJson.write(e.extra()), row.contentHash(), (int) fileId,
                (int) row.line()};
        }, Event::eventId, null, fileId, EVENTS, EVENTS.EVENT_ID, EVENTS.CONTENT_HASH, EVENTS.IMPORT_FILE_ID,
                EVENTS.SOURCE_LINE);
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

    public List<Collision> insertLegalRequests(long fileId, List<EvidenceRow<LegalRequest>> rows) {
        Query insert = insertOf(SealedColumns.LEGAL_REQUESTS_ROWS);
        List<Collision> collisions = insertKeyed(SealedColumns.LEGAL_REQUESTS_ROWS, insert, rows, row -> {
            LegalRequest r = row.value();
            return new Object[] {r.requestId(), EpochMicros.of(r.receivedAt()), r.receivedAtText(), r.agency(),
                r.jurisdiction(), r.documentRef(), r.requestedData(), r.accountIdsText(),
                micros(r.disclosedAt()), r.disclosedAtText(), r.verification().code(), r.notes(),
                ExtraColumnsJson.write(r.extra()), row.contentHash(), (int) fileId, (int) row.line()};
        }, LegalRequest::requestId, null, fileId, LEGAL_REQUESTS, LEGAL_REQUESTS.REQUEST_ID, LEGAL_REQUESTS.CONTENT_HASH,
                LEGAL_REQUESTS.IMPORT_FILE_ID, LEGAL_REQUESTS.SOURCE_LINE);
        BatchBindStep links = dsl.batch(dsl.insertInto(LEGAL_REQUEST_ACCOUNTS, LEGAL_REQUEST_ACCOUNTS.REQUEST_ID,
                LEGAL_REQUEST_ACCOUNTS.ACCOUNT_ID).values((String) null, null).onConflictDoNothing());
        // links only for requests written now: a request refused as a repeat or conflict names no accounts here
        Set<Long> notWritten = new HashSet<>();
        collisions.forEach(c -> notWritten.add(c.line()));
        List<String[]> bound = new ArrayList<>();
        for (EvidenceRow<LegalRequest> row : rows) {
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
                    seals(fileId).linked(bound.get(i)[0], bound.get(i)[1]);
                }
            }
        }
        return collisions;
    }

    public List<Collision> insertPrices(long fileId, List<EvidenceRow<Price>> rows) {
        Query insert = insertOf(SealedColumns.PRICES_ROWS);
        Field<String> key = DSL.concat(PRICES.ASSET, DSL.inline("@"), PRICES.AT.cast(String.class));
        return insertKeyed(SealedColumns.PRICES_ROWS, insert, rows, row -> {
            Price p = row.value();
            return new Object[] {p.asset(), EpochMicros.of(p.at()), p.atText(), p.usd(),
                ExtraColumnsJson.write(p.extra()), row.contentHash(), (int) fileId, (int) row.line()};
        }, p -> p.asset() + "@" + EpochMicros.of(p.at()), p -> p.asset() + " at " + p.atText(), fileId, PRICES, key, PRICES.CONTENT_HASH,
                PRICES.IMPORT_FILE_ID, PRICES.SOURCE_LINE);
    }

    /** The insert of one evidence table's sealed columns, skipping a row whose key is already there. */
    private Query insertOf(SealedColumns table) {
        return dsl.insertInto(table.table).columns(table.insertColumns())
                .values(Arrays.asList(nulls(table.columns.size()))).onConflictDoNothing();
    }

    private <T> List<Collision> insertKeyed(SealedColumns sealed, Query insert, List<EvidenceRow<T>> rows,
            Function<EvidenceRow<T>, Object[]> binds, Function<T, String> keyOf, Function<T, String> labelOf,
            long fileId, Table<?> table,
            Field<String> keyField, TableField<?, String> hashField, TableField<?, Integer> fileField,
            TableField<?, Integer> lineField) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Object[]> values = new ArrayList<>(rows.size());
        for (EvidenceRow<T> row : rows) {
            values.add(binds.apply(row));
        }
        int[] counts = bulk.isPresent() ? bulk.get().insert(sealed, values) : executeBatch(insert, values);
        FileSeals fileSeals = seals(fileId);
        List<EvidenceRow<T>> notWritten = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0) {
                notWritten.add(rows.get(i));
            } else {
                fileSeals.written(sealed, values.get(i));
            }
        }
        if (notWritten.isEmpty()) {
            return List.of();
        }
        List<String> keys = notWritten.stream().map(r -> keyOf.apply(r.value())).toList();
        Function<T, String> label = labelOf == null ? keyOf : labelOf;
        Map<String, Record> existing = new HashMap<>();
        Condition byKey = keyField.in(keys);
        dsl.select(keyField, hashField, fileField, lineField, IMPORT_FILES.FILE_NAME)
                .from(table).join(IMPORT_FILES).on(IMPORT_FILES.ID.eq(fileField))
                .where(byKey)
                .forEach(r -> existing.put(r.get(keyField), r));
        List<Collision> collisions = new ArrayList<>(notWritten.size());
        for (EvidenceRow<T> row : notWritten) {
            String key = keyOf.apply(row.value());
            Record there = existing.get(key);
            collisions.add(new Collision(label.apply(row.value()), row.line(), row.contentHash().equals(there.get(hashField)),
                    there.get(IMPORT_FILES.FILE_NAME), there.get(lineField), there.get(fileField) == fileId));
        }
        return collisions;
    }

    /**
     * Runs the jOOQ-rendered insert as one JDBC batch on the transaction's connection. Binding through jOOQ cost more
     * than SQLite's own work on a million-row import; the SQL itself still comes from the DSL.
     */
    private int[] executeBatch(Query insert, List<Object[]> rows) {
        String sql = renderedSql.computeIfAbsent(insert.getSQL(), s -> dsl.render(insert));
        ConnectionProvider provider = dsl.configuration().connectionProvider();
        Connection connection = provider.acquire();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (Object[] values : rows) {
                for (int i = 0; i < values.length; i++) {
                    Object v = values[i];
                    statement.setObject(i + 1, v instanceof BigDecimal d ? d.toPlainString() : v);
                }
                statement.addBatch();
            }
            return statement.executeBatch();
        } catch (SQLException e) {
            throw new DataAccessException("Batch insert failed: " + e.getMessage(), e);
        } finally {
            provider.release(connection);
        }
    }

    private static Object[] nulls(int count) {
        return new Object[count];
    }

    private static Long micros(Instant instant) {
        return instant == null ? null : EpochMicros.of(instant);
    }
}
