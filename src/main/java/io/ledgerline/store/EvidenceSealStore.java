package io.ledgerline.store;

import static io.ledgerline.store.jooq.Tables.EVIDENCE_SEALS;
import static io.ledgerline.store.jooq.Tables.LEGAL_REQUESTS;
import static io.ledgerline.store.jooq.Tables.LEGAL_REQUEST_ACCOUNTS;

import io.ledgerline.domain.RowDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * The evidence seals recorded at import, and the same seals recomputed from the rows in the case now (one ordered scan
 * per evidence table), so verify can tell which file's rows changed, and then which rows. Reads only; any thread.
 */
public final class EvidenceSealStore {

    /** One imported file's seal over one evidence table; {@code rowHashes} holds each row hash's prefix, in order. */
    public record TableSeal(long importFileId, String table, long rows, String digest, byte[] rowHashes) {
    }

    /** A row as it is now: its row-hash prefix, where it came from, and what names it (its first sealed column). */
    public record SealedRow(byte[] prefix, long line, String label) {
    }

    private final CaseFile caseFile;

    public EvidenceSealStore(CaseFile caseFile) {
        this.caseFile = caseFile;
    }

    /** The seals as recorded at import, by file then table. */
    public List<TableSeal> recorded() {
        return caseFile.dsl().selectFrom(EVIDENCE_SEALS)
                .orderBy(EVIDENCE_SEALS.IMPORT_FILE_ID, EVIDENCE_SEALS.TABLE_NAME)
                .fetch(r -> new TableSeal(r.getImportFileId(), r.getTableName(), r.getRowCount(), r.getDigest(),
                        r.getRowHashes()));
    }

    /**
     * The seals of the rows as they are now: per file id found in each evidence table (recorded or not; a row whose file
     * is unknown counts under its id), the rows' count, digest and row-hash prefixes in the sealed order.
     */
    public List<TableSeal> recomputed() {
        List<TableSeal> seals = new ArrayList<>();
        for (SealedColumns table : SealedColumns.values()) {
            Map<Long, RowDigest> byFile = new TreeMap<>();
            scan(table, null, (file, row) -> byFile.computeIfAbsent(file, f -> new RowDigest()).add(row.values));
            byFile.forEach((file, d) -> seals.add(new TableSeal(file, table.tableName(), d.rows(), d.hex(),
                    d.rowHashes())));
        }
        return seals;
    }

    /** The rows of {@code table} from file {@code fileId} as they are now, in the sealed order, to locate a change. */
    public List<SealedRow> rows(String table, long fileId) {
        SealedColumns sealed = SealedColumns.named(table);
        List<SealedRow> rows = new ArrayList<>();
        RowDigest digest = new RowDigest();
        scan(sealed, fileId, (file, row) -> rows.add(new SealedRow(digest.add(row.values), row.line,
                sealed.columns.get(0).getName() + " " + row.values[0])));
        return rows;
    }

    private record ScannedRow(Object[] values, long line) {
    }

    private interface RowSink {
        void accept(long file, ScannedRow row);
    }

    private void scan(SealedColumns table, Long onlyFile, RowSink sink) {
        if (table == SealedColumns.LEGAL_REQUEST_ACCOUNTS_ROWS) {
            links(onlyFile, sink);
            return;
        }
        Field<?>[] columns = table.rawColumns();
        Field<Object> file = DSL.field(DSL.name(table.tableName(), "import_file_id"));
        Field<Object> line = DSL.field(DSL.name(table.tableName(), table.lineColumn()));
        Condition where = onlyFile == null ? DSL.trueCondition() : file.eq(onlyFile);
        try (Cursor<Record> rows = caseFile.dsl().select(columns).select(file.as("sealed_file"), line.as("sealed_line"))
                .from(table.table).where(where).orderBy(file, line).fetchLazy()) {
            for (Record r : rows) {
                Object[] values = new Object[columns.length];
                for (int i = 0; i < columns.length; i++) {
                    values[i] = r.get(i);
                }
                sink.accept(number(r.get("sealed_file")), new ScannedRow(values, number(r.get("sealed_line"))));
            }
        }
    }

    /** Request links belong to their request's file, and are sealed sorted by request and account. */
    private void links(Long onlyFile, RowSink sink) {
        Map<Long, List<Object[]>> byFile = new LinkedHashMap<>();
        caseFile.dsl().select(LEGAL_REQUEST_ACCOUNTS.REQUEST_ID, LEGAL_REQUEST_ACCOUNTS.ACCOUNT_ID,
                        LEGAL_REQUESTS.IMPORT_FILE_ID, LEGAL_REQUESTS.SOURCE_LINE)
                .from(LEGAL_REQUEST_ACCOUNTS).leftJoin(LEGAL_REQUESTS)
                .on(LEGAL_REQUESTS.REQUEST_ID.eq(LEGAL_REQUEST_ACCOUNTS.REQUEST_ID))
                .orderBy(LEGAL_REQUESTS.IMPORT_FILE_ID)
                .forEach(r -> byFile.computeIfAbsent(r.value3() == null ? -1L : r.value3().longValue(),
                        f -> new ArrayList<>()).add(new Object[] {r.value1(), r.value2(),
                            r.value4() == null ? -1L : r.value4().longValue()}));
        byFile.forEach((file, links) -> {
            if (onlyFile != null && !onlyFile.equals(file)) {
                return;
            }
            for (Object[] link : FileSeals.sortLinks(links)) {
                sink.accept(file, new ScannedRow(new Object[] {link[0], link[1]}, (Long) link[2]));
            }
        });
    }

    private static long number(Object value) {
        return value == null ? -1 : ((Number) value).longValue();
    }
}
