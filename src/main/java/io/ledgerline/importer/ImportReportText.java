package io.ledgerline.importer;

import java.io.PrintWriter;
import java.io.StringWriter;

/** The import report as text, the same in the CLI and in the app's report dialog. */
public final class ImportReportText {

    private ImportReportText() {
    }

    public static String format(ImportReport report) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        if (report.changedNothing()) {
            out.println(report.bundleName() + ": nothing new; the case is unchanged.");
        } else {
            out.printf("%s: imported as import #%d (%s) in %.1f s%n", report.bundleName(), report.importId(),
                    report.lenient() ? "lenient" : "strict", report.millis() / 1000.0);
        }
        out.printf("  %-22s %10s %10s %10s %10s %10s  %s%n", "file", "rows", "imported", "duplicates",
                "quarantine", "warnings", "sha256");
        for (FileReport f : report.files()) {
            out.printf("  %-22s %10d %10d %10d %10d %10d  %s%s%n", f.fileName(), f.rowsDeclared(),
                    f.rowsImported(), f.duplicates(), f.quarantined(), f.warningCount(), f.sha256(),
                    f.alreadyImported() ? "  (already imported)" : "");
            f.warnings().forEach(w -> out.printf("    warning: %s:%d: %s%s%s%n", f.fileName(), w.firstLine(),
                    w.column() == null ? "" : w.column() + ": ", w.message(),
                    w.occurrences() > 1 ? String.format(" (%,d rows)", w.occurrences()) : ""));
        }
        report.quarantined().forEach(p -> out.println("  quarantined: " + p));
        report.notes().forEach(n -> out.println("  note: " + n));
        out.flush();
        return text.toString();
    }
}
