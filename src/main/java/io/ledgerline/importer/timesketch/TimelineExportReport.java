package io.ledgerline.importer.timesketch;

import java.nio.file.Path;
import java.util.List;

/** What exporting an account's timeline wrote: the file, its rows (one per event) and its columns in order. */
public record TimelineExportReport(Path file, String accountId, long rows, List<String> columns) {

    /** The report as the CLI prints it. */
    public String text() {
        return String.format("Wrote %s: %d events of account %s, %d columns%n", file, rows, accountId,
                columns.size());
    }
}
