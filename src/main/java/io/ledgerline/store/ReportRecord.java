package io.ledgerline.store;

import java.time.Instant;

/** A report written from the case: which workbook, its file name and SHA-256, the analysis run it used, who, when. */
public record ReportRecord(long id, String kind, String fileName, String sha256, long sizeBytes, long analysisRunId,
        Instant generatedAt, String investigator) {
}
