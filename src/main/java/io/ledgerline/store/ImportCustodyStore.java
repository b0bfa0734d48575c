package io.ledgerline.store;

import static io.ledgerline.store.jooq.Tables.EVIDENCE_SEALS;
import static io.ledgerline.store.jooq.Tables.IMPORTS;
import static io.ledgerline.store.jooq.Tables.IMPORT_FILES;
import static io.ledgerline.store.jooq.Tables.IMPORT_FILE_RESULTS;
import static io.ledgerline.store.jooq.Tables.IMPORT_WARNINGS;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * An import's chain-of-custody rows (the import, its files, their results, warnings and evidence seals) as one value:
 * the "after" of the import's audit entry, and what verify compares it with later.
 */
public final class ImportCustodyStore {

    private final CaseFile caseFile;

    public ImportCustodyStore(CaseFile caseFile) {
        this.caseFile = caseFile;
    }

    /** The ids of every recorded import, ascending. */
    public List<Long> importIds() {
        return caseFile.dsl().select(IMPORTS.ID).from(IMPORTS).orderBy(IMPORTS.ID).fetch(r -> r.value1().longValue());
    }

    public Map<String, Object> custody(long importId) {
        return custody(caseFile.dsl(), importId);
    }

    /** The custody of import {@code importId} as written so far inside {@code tx}. */
    public static Map<String, Object> custody(Tx tx, long importId) {
        return custody(tx.dsl(), importId);
    }

    private static Map<String, Object> custody(DSLContext dsl, long importId) {
        Map<String, Object> custody = new LinkedHashMap<>();
        custody.put("import", dsl.selectFrom(IMPORTS).where(IMPORTS.ID.eq((int) importId)).fetchOptional()
                .map(Record::intoMap).orElse(null));
        List<Map<String, Object>> files = new ArrayList<>();
        for (Record file : dsl.selectFrom(IMPORT_FILES).where(IMPORT_FILES.IMPORT_ID.eq((int) importId))
                .orderBy(IMPORT_FILES.ID).fetch()) {
            Integer fileId = file.get(IMPORT_FILES.ID);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("file", file.intoMap());
            entry.put("result", dsl.selectFrom(IMPORT_FILE_RESULTS).where(IMPORT_FILE_RESULTS.IMPORT_FILE_ID.eq(fileId))
                    .fetchOptional().map(Record::intoMap).orElse(null));
            entry.put("warnings", dsl.selectFrom(IMPORT_WARNINGS).where(IMPORT_WARNINGS.IMPORT_FILE_ID.eq(fileId))
                    .orderBy(IMPORT_WARNINGS.ID).fetchMaps());
            // the row-hash prefixes only locate a changed row; the digest covers the rows in full
            entry.put("seals", dsl.select(EVIDENCE_SEALS.IMPORT_FILE_ID, EVIDENCE_SEALS.TABLE_NAME,
                    EVIDENCE_SEALS.ROW_COUNT, EVIDENCE_SEALS.DIGEST).from(EVIDENCE_SEALS)
                    .where(EVIDENCE_SEALS.IMPORT_FILE_ID.eq(fileId)).orderBy(EVIDENCE_SEALS.TABLE_NAME).fetchMaps());
            files.add(entry);
        }
        custody.put("files", files);
        return custody;
    }
}
