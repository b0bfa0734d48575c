package io.ledgerline.report;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A workbook written and recorded in the case.
 *
 * @param sha256File the {@code OUT.xlsx.sha256} file beside it ({@code <hex>  <name>}, as sha256sum writes)
 * @param recordId   its record in the case (table generated_reports)
 */
public record GeneratedReport(ReportKind kind, Path file, Path sha256File, String sha256, long sizeBytes, long runId,
        Instant generatedAt, long recordId) {
}
