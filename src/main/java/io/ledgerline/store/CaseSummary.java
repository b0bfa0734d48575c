package io.ledgerline.store;

import java.util.List;
import java.util.Map;

/** What a case holds, for `ledgerline info` and the app's status bar. Counts are whole-case. */
public record CaseSummary(
        long accounts,
        long events,
        Map<String, Long> eventsByType,
        long legalRequests,
        long prices,
        long quarantinedRows,
        List<ImportRecord> imports) {

    /** One import's custody record. */
    public record ImportRecord(long id, String bundleName, String caseId, String importedAt, String mode,
            String toolVersion, List<FileRecord> files) {
    }

    /** One input file's custody record and what became of its rows. */
    public record FileRecord(String fileName, String kind, String sha256, long sizeBytes, long rows,
            long rowsImported, long duplicates, long warnings, long quarantined) {
    }
}
