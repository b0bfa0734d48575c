package io.ledgerline.importer.timesketch;

/**
 * What importing one timeline did.
 *
 * @param importId        the custody record's id, or null when the case was left unchanged
 * @param alreadyImported the case already held a file with this SHA-256, so it was skipped whole
 * @param rows            data rows in the file (records, not physical lines)
 */
public record TimelineImportReport(String fileName, String accountId, String sha256, long sizeBytes, long rows,
        long rowsImported, long duplicates, Long importId, boolean alreadyImported) {

    public boolean changedNothing() {
        return importId == null;
    }

    /** The report as the CLI prints it. */
    public String text() {
        String head;
        if (alreadyImported) {
            head = fileName + ": already imported; the case is unchanged.";
        } else if (changedNothing()) {
            head = fileName + ": nothing new (every event is already in the case); the case is unchanged.";
        } else {
            head = fileName + ": imported as import #" + importId + " into account " + accountId + ".";
        }
        return head + System.lineSeparator()
                + String.format("  rows %d, imported %d, duplicates %d, %d bytes, sha256 %s%n", rows, rowsImported,
                        duplicates, sizeBytes, sha256);
    }
}
