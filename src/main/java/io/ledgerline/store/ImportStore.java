package io.ledgerline.store;

import static io.ledgerline.store.jooq.Tables.ACCOUNTS;
import static io.ledgerline.store.jooq.Tables.IMPORT_FILES;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;

/** What the importer reads from and writes to a case. */
public final class ImportStore {

    private final CaseFile caseFile;

    public ImportStore(CaseFile caseFile) {
        this.caseFile = caseFile;
    }

    /** Whether a file with this SHA-256 (lower-case hex) has already been imported into the case. */
    public boolean isImported(String sha256) {
        return caseFile.dsl().fetchExists(IMPORT_FILES, IMPORT_FILES.SHA256.eq(sha256));
    }

    public Set<String> accountIds() {
        return new HashSet<>(caseFile.dsl().select(ACCOUNTS.ACCOUNT_ID).from(ACCOUNTS).fetch(ACCOUNTS.ACCOUNT_ID));
    }

    /** Runs one whole import in one transaction: on any exception nothing of it is written. */
    public <T> T write(Function<ImportWriter, T> work) {
        return caseFile.transaction(dsl -> work.apply(new ImportWriter(dsl, caseFile.bulkInsert(dsl))));
    }
}
