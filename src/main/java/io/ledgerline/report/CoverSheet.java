package io.ledgerline.report;

import io.ledgerline.analysis.ReviewStatus;
import io.ledgerline.analysis.ReviewedAccount;
import io.ledgerline.report.xlsx.Table;
import io.ledgerline.report.xlsx.WorkbookWriter;
import io.ledgerline.store.CaseSummary;
import java.util.Arrays;

/** The regulator workbook's first sheet: what the case is, the incident's dates, its status, and what it rests on. */
final class CoverSheet {

    private CoverSheet() {
    }

    static void write(WorkbookWriter workbook, ReportData data) {
        Table<FieldRow> t = workbook.sheet("Cover", "Regulator filing: " + data.caseId(), ReportText.subtitle(data))
                .note("Confidential. Prepared for the competent authority; account ids are masked.")
                .table(FieldRow.COLUMNS);
        Filing f = data.filing();
        t.add(new FieldRow("", "Case id", data.caseId(), "case: manifest case_id"));
        t.add(new FieldRow("", "Title", text(data.header().title()), "case: manifest title"));
        t.add(new FieldRow("DORA 3.2", "First malicious event (UTC)",
                data.incident().firstMaliciousEvent() == null ? "none found"
                        : data.incident().firstMaliciousEvent(),
                "analysis: " + text(data.incident().firstMaliciousWhat())));
        t.add(Entered.row(f, FilingField.DETECTED_AT));
        t.add(Entered.row(f, FilingField.CONTAINED_AT));
        t.add(new FieldRow("", "Status", status(data), "analysis and entered fields"));
        t.add(new FieldRow("", "Generated at (UTC)", data.generatedAt(), "by " + data.investigator()));
        t.add(new FieldRow("", "Tool version", "Ledgerline " + data.toolVersion(), ""));
        t.add(new FieldRow("", "Analysis run", "#" + data.runId() + " of "
                + ReportText.utc(data.run().run().runAt()) + " by Ledgerline " + data.run().run().toolVersion(),
                "case: analysis_runs (thresholds on Methodology)"));
        t.add(new FieldRow("", "Exported", text(data.header().exportedAt()) + " by "
                + text(data.header().exportedBy()), "case: manifest"));
        int files = 0;
        for (CaseSummary.ImportRecord i : data.custody()) {
            for (CaseSummary.FileRecord file : i.files()) {
                files++;
                t.add(new FieldRow("Input " + files, file.fileName() + " (import #" + i.id() + ")",
                        "sha256 " + file.sha256(), "case: chain of custody"));
            }
        }
        t.add(new FieldRow("", "Input files", files + " files in " + data.custody().size()
                + " imports (details on Chain of custody)", "case: chain of custody"));
        t.finish();
    }

    /** Draft while fields are to be completed or accounts unreviewed; says how many. */
    static String status(ReportData data) {
        long pending = Arrays.stream(FilingField.values()).filter(ff -> data.filing().entry(ff).isEmpty()).count();
        long unreviewed = data.reviewed().accounts().stream()
                .filter(a -> a.status() == ReviewStatus.UNREVIEWED).count();
        long confirmed = data.reviewed().accounts().stream().map(ReviewedAccount::status)
                .filter(s -> s == ReviewStatus.CONFIRMED).count();
        long rejected = data.reviewed().accounts().stream().map(ReviewedAccount::status)
                .filter(s -> s == ReviewStatus.REJECTED).count();
        String review = "accounts: " + confirmed + " confirmed, " + rejected + " rejected, " + unreviewed
                + " unreviewed";
        return (pending == 0 && unreviewed == 0 ? "complete" : "draft: " + pending
                + " filing fields to be completed") + "; " + review;
    }

    private static String text(String value) {
        return value == null ? "not in the export" : value;
    }
}
