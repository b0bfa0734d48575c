package io.ledgerline.report;

import io.ledgerline.analysis.PlaybookSettings;
import io.ledgerline.report.xlsx.Table;
import io.ledgerline.report.xlsx.WorkbookWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The playbook's rules and the thresholds of the run the workbook rests on, and how figures were made. */
final class MethodologySheet {

    private MethodologySheet() {
    }

    static void write(WorkbookWriter workbook, ReportData data) {
        Table<FieldRow> t = workbook.sheet("Methodology", "Methodology", ReportText.subtitle(data))
                .note("The default account-takeover playbook of the case-format contract, with the thresholds of run #"
                        + data.runId() + "; the investigator confirms, rejects or edits each proposal.")
                .table(FieldRow.columns("Rule"));
        rows(data).forEach(t::add);
        t.finish();
    }

    static List<FieldRow> rows(ReportData d) {
        PlaybookSettings s = d.run().run().settings();
        String run = "run #" + d.runId() + " settings";
        List<FieldRow> rows = new ArrayList<>();
        rows.add(new FieldRow("R1", "New device: a successful LOGIN from a device_id not seen on the account before",
                s.newDeviceRule() ? "applied" : "not applied", run));
        rows.add(new FieldRow("R2", "Credential change: any successful credentials event, or a FACE_VERIFICATION "
                + "passed within the retry window after a failed one", "retry window " + hours(s.faceRetryWindow()),
                run));
        rows.add(new FieldRow("R3", "Fresh address: a successful WITHDRAWAL to an address added to the account less "
                + "than the threshold before", "fresh under " + hours(s.freshAddressAge()), run));
        rows.add(new FieldRow("R4", "Unsafe disclosure: a DATA_DISCLOSURE under a legal request whose verification "
                + "is unverified or forged", "unverified, forged", "case-format contract"));
        rows.add(new FieldRow("Suspected compromise", "An R3 withdrawal within the lookback after an R1 or R2 event "
                + "on the same account", "lookback " + hours(s.compromiseLookback()), run));
        rows.add(new FieldRow("Compromise window", "From the earliest R1/R2 event in the lookback before the first "
                + "R3 withdrawal to the last R3 withdrawal, or to ACCOUNT_FROZEN if later; both ends included",
                "as contracted", "case-format contract"));
        rows.add(new FieldRow("Unauthorized withdrawals", "Successful WITHDRAWALs inside the window to addresses "
                + "added inside the window; then the investigator's added and removed withdrawals",
                "after review", "case-format contract; review decisions"));
        rows.add(new FieldRow("Loss", "(amount + fee) × USD price at the moment: the latest price at or before the "
                + "withdrawal; without one the withdrawal is unvalued, never zero", "exact decimals",
                "case prices.csv"));
        rows.add(new FieldRow("Rounding", "USD rounded half-even to cents once: an account's from its exact value, "
                + "the total from the exact sum of all losses. Live SUM/SUMIFS cells cross-check the exact values",
                "half-even, cents", "case-format contract"));
        rows.add(new FieldRow("Linked accounts", "Compromised accounts sharing a device_id, an ip or a destination "
                + "address inside their windows form one cluster, transitively", "clusters numbered from 1", run));
        rows.add(new FieldRow("Review", "Accounts confirmed, rejected or unreviewed as the latest decision says; "
                + "rejected accounts are left out of the totals", "latest decision counts", "case review decisions"));
        rows.add(new FieldRow("Masking", "Account ids show their first 4 and last 3 characters; email and phone are "
                + "masked by the exporter", "regulator workbook", "data minimisation"));
        rows.add(new FieldRow("Numbers", "Amounts and USD are numbers, so the totals' live sums count every row; a "
                + "value with more digits than a spreadsheet number holds carries its exact decimal as the cell's "
                + "comment", "exact in the comment", "this workbook"));
        return rows;
    }

    private static String hours(Duration d) {
        return d.toMinutesPart() == 0 && d.toSecondsPart() == 0 ? d.toHours() + " h" : d.toMinutes() + " min";
    }
}
