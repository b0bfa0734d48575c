package io.ledgerline.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Table;

/** Row counts of every table of a case, to assert that a refused import wrote nothing. Test helper. */
public final class CaseState {

    private CaseState() {
    }

    public static Map<String, Integer> rowCounts(CaseFile caseFile) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Table<?> table : io.ledgerline.store.jooq.DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            counts.put(table.getName(), caseFile.dsl().fetchCount(table));
        }
        return counts;
    }

    public static String quarantineRaw(CaseFile caseFile, int line) {
        var q = io.ledgerline.store.jooq.Tables.QUARANTINE;
        return caseFile.dsl().select(q.RAW).from(q).where(q.LINE.eq(line)).fetchOne(q.RAW);
    }

    public static String eventExtra(CaseFile caseFile, String eventId) {
        var e = io.ledgerline.store.jooq.Tables.EVENTS;
        return caseFile.dsl().select(e.EXTRA).from(e).where(e.EVENT_ID.eq(eventId)).fetchOne(e.EXTRA);
    }

    public static String eventColumn(CaseFile caseFile, String eventId, String column) {
        var e = io.ledgerline.store.jooq.Tables.EVENTS;
        return caseFile.dsl().select(e.field(column)).from(e).where(e.EVENT_ID.eq(eventId))
                .fetchOne(0, String.class);
    }

    /** A column of the custody record of the latest import, as text. */
    public static String latestImportColumn(CaseFile caseFile, String column) {
        var i = io.ledgerline.store.jooq.Tables.IMPORTS;
        return caseFile.dsl().select(i.field(column)).from(i).orderBy(i.ID.desc()).limit(1)
                .fetchOne(0, String.class);
    }

    public static String legalRequestAccountIds(CaseFile caseFile, String requestId) {
        var r = io.ledgerline.store.jooq.Tables.LEGAL_REQUESTS;
        return caseFile.dsl().select(r.ACCOUNT_IDS).from(r).where(r.REQUEST_ID.eq(requestId)).fetchOne(r.ACCOUNT_IDS);
    }

    public static List<String> accountsOfRequest(CaseFile caseFile, String requestId) {
        var l = io.ledgerline.store.jooq.Tables.LEGAL_REQUEST_ACCOUNTS;
        return caseFile.dsl().select(l.ACCOUNT_ID).from(l).where(l.REQUEST_ID.eq(requestId)).orderBy(l.ACCOUNT_ID)
                .fetch(l.ACCOUNT_ID);
    }
}
