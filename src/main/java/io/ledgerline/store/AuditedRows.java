package io.ledgerline.store;

import io.ledgerline.store.jooq.DefaultSchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;

/**
 * The tables that hold investigators' work, each row written with one audit entry whose "after" is that row: verify
 * reads them here to find rows edited, added or removed behind the tool's back. A new table of investigators' work is
 * one more name in {@link #TABLES}.
 */
public final class AuditedRows {

    public static final List<String> TABLES = List.of("investigators", "analysis_runs", "review_decisions",
            "event_annotations", "compensation_proposals", "compensation_transitions", "filing_entries",
            "recovered_entries", "generated_reports");

    private final CaseFile caseFile;

    public AuditedRows(CaseFile caseFile) {
        this.caseFile = caseFile;
    }

    /** Every row of {@code table} (one of {@link #TABLES}) as column → value, by its key's text, in key order. */
    public Map<String, Map<String, Object>> rows(String table) {
        Table<?> t = table(table);
        Field<?> key = t.getPrimaryKey().getFields().get(0);
        Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
        for (Record r : caseFile.dsl().selectFrom(t).orderBy(key).fetch()) {
            rows.put(String.valueOf(r.get(key)), r.intoMap());
        }
        return rows;
    }

    private static Table<?> table(String name) {
        if (!TABLES.contains(name)) {
            throw new IllegalArgumentException(name + " is not a table of audited work");
        }
        return DefaultSchema.DEFAULT_SCHEMA.getTable(name);
    }
}
