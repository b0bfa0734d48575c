package io.ledgerline.store;

import static io.ledgerline.store.jooq.Tables.ACCOUNTS;
import static io.ledgerline.store.jooq.Tables.EVENTS;
import static io.ledgerline.store.jooq.Tables.IMPORTS;
import static io.ledgerline.store.jooq.Tables.IMPORT_FILES;
import static io.ledgerline.store.jooq.Tables.IMPORT_FILE_RESULTS;
import static io.ledgerline.store.jooq.Tables.LEGAL_REQUESTS;
import static io.ledgerline.store.jooq.Tables.PRICES;
import static io.ledgerline.store.jooq.Tables.QUARANTINE;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Reads the counts and custody records of a case: a handful of set queries, whatever its size. */
public final class CaseSummaryStore {

    private final CaseFile caseFile;

    public CaseSummaryStore(CaseFile caseFile) {
        this.caseFile = caseFile;
    }

    public CaseSummary summary() {
        DSLContext dsl = caseFile.dsl();
        Map<String, Long> byType = new LinkedHashMap<>();
        dsl.select(EVENTS.TYPE, DSL.count()).from(EVENTS).groupBy(EVENTS.TYPE).orderBy(EVENTS.TYPE)
                .forEach(r -> byType.put(r.value1(), r.value2().longValue()));
        long events = byType.values().stream().mapToLong(Long::longValue).sum();
        return new CaseSummary(dsl.fetchCount(ACCOUNTS), events, byType, dsl.fetchCount(LEGAL_REQUESTS),
                dsl.fetchCount(PRICES), dsl.fetchCount(QUARANTINE), imports(dsl));
    }

    /** The custody records alone: every import that changed the case, with its files, oldest first. */
    public List<CaseSummary.ImportRecord> imports() {
        return imports(caseFile.dsl());
    }

    private static List<CaseSummary.ImportRecord> imports(DSLContext dsl) {
        Map<Integer, List<CaseSummary.FileRecord>> filesByImport = new LinkedHashMap<>();
        dsl.select(IMPORT_FILES.IMPORT_ID, IMPORT_FILES.FILE_NAME, IMPORT_FILES.KIND, IMPORT_FILES.SHA256,
                        IMPORT_FILES.SIZE_BYTES, IMPORT_FILES.ROWS_DECLARED, IMPORT_FILE_RESULTS.ROWS_IMPORTED,
                        IMPORT_FILE_RESULTS.DUPLICATES, IMPORT_FILE_RESULTS.WARNINGS, IMPORT_FILE_RESULTS.QUARANTINED)
                .from(IMPORT_FILES)
                .join(IMPORT_FILE_RESULTS).on(IMPORT_FILE_RESULTS.IMPORT_FILE_ID.eq(IMPORT_FILES.ID))
                .orderBy(IMPORT_FILES.ID)
                .forEach(r -> filesByImport.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(new CaseSummary.FileRecord(r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                                r.value7(), r.value8(), r.value9(), r.value10())));
        return dsl.selectFrom(IMPORTS).orderBy(IMPORTS.ID).fetch(r -> new CaseSummary.ImportRecord(r.getId(),
                r.getBundleName(), r.getCaseId(), r.getImportedAt(), r.getMode(), r.getToolVersion(),
                filesByImport.getOrDefault(r.getId(), List.of())));
    }
}
