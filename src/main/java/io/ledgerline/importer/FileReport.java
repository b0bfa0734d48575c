package io.ledgerline.importer;

import io.ledgerline.store.ImportWarning;
import java.util.List;

/**
 * What an import did with one file.
 *
 * @param alreadyImported the case already held a file with this SHA-256, so it was skipped whole
 */
public record FileReport(String fileName, FileKind kind, String sha256, long sizeBytes, long rowsDeclared,
        long rowsImported, long duplicates, long quarantined, List<ImportWarning> warnings, long millis,
        boolean alreadyImported) {

    public long warningCount() {
        return warnings.stream().mapToLong(ImportWarning::occurrences).sum();
    }
}
