package io.ledgerline.importer;

import io.ledgerline.domain.ImportProblem;
import java.util.List;

/**
 * The outcome of an import that was not refused.
 *
 * @param importId    the custody record's id in the case, or null when the import changed nothing
 * @param quarantined the rows a lenient import set aside, each with its reasons
 * @param notes       bundle-level remarks (files outside the contract that were not imported)
 */
public record ImportReport(String bundleName, Long importId, boolean lenient, List<FileReport> files,
        List<ImportProblem> quarantined, List<String> notes, long millis) {

    public boolean changedNothing() {
        return importId == null;
    }

    public long rowsImported() {
        return files.stream().mapToLong(FileReport::rowsImported).sum();
    }

    public long duplicates() {
        return files.stream().mapToLong(FileReport::duplicates).sum();
    }
}
