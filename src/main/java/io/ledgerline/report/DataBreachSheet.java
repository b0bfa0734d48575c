package io.ledgerline.report;

import io.ledgerline.report.xlsx.Cells;
import io.ledgerline.report.xlsx.Table;
import io.ledgerline.report.xlsx.WorkbookWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The personal data breach notification (GDPR Art. 33–34, ../shared/regulatory-fields.md section 2): the nature of the
 * breach, the categories and approximate numbers of data subjects and records from the legal requests, and the
 * entered consequences, measures and contact.
 */
final class DataBreachSheet {

    /** GDPR Art. 33(1): notify where feasible not later than 72 hours after becoming aware. */
    static final Duration NOTIFICATION_DEADLINE = Duration.ofHours(72);

    private DataBreachSheet() {
    }

    static void write(WorkbookWriter workbook, ReportData data) {
        Table<FieldRow> t = workbook.sheet("Data breach", "Personal data breach (GDPR Art. 33(3))",
                        ReportText.subtitle(data))
                .note("Data released to parties posing as authorities under forged or unverified legal requests.")
                .table(FieldRow.columns("Basis"));
        rows(data).forEach(t::add);
        t.finish();
    }

    static List<FieldRow> rows(ReportData d) {
        Filing f = d.filing();
        IncidentFacts facts = d.incident();
        List<FieldRow> rows = new ArrayList<>();
        rows.add(new FieldRow("Art. 33(1)", "Notification timing", timing(f), Entered.source(f,
                FilingField.GDPR_NOTIFIED_AT) + "; awareness = detection (detected_at)"));
        rows.add(Entered.row(f, FilingField.GDPR_DELAY_REASONS).withRef("Art. 33(1)"));
        rows.add(new FieldRow("Art. 33(3)(a)", "Nature of the breach", nature(d), f.text(FilingField.GDPR_NATURE)
                .isPresent() ? "analysis and " + Entered.source(f, FilingField.GDPR_NATURE)
                : "case: legal requests (R4)"));
        rows.add(new FieldRow("Art. 33(3)(a)", "Categories of data subjects", "customers of the exchange "
                + "(account holders)", "case: accounts named by the requests"));
        rows.add(new FieldRow("Art. 33(3)(a)", "Approximate number of data subjects",
                (long) facts.disclosedSubjects().size(), "case: accounts of disclosed forged or unverified requests"));
        rows.add(new FieldRow("Art. 33(3)(a)", "Categories of personal data records",
                facts.dataCategories().isEmpty() ? "not stated in the requests"
                        : String.join("; ", facts.dataCategories()), "case: legal requests, requested_data"));
        rows.add(new FieldRow("Art. 33(3)(a)", "Approximate number of personal data records",
                (long) facts.disclosedSubjects().size() * Math.max(1, facts.dataCategories().size()),
                "analysis: data subjects × categories requested"));
        rows.add(new FieldRow("Art. 33(3)(b)", "DPO / contact point", Entered.value(f, FilingField.DPO_CONTACT),
                Entered.source(f, FilingField.DPO_CONTACT)));
        rows.add(new FieldRow("Art. 33(3)(c)", "Likely consequences", Entered.value(f, FilingField.GDPR_CONSEQUENCES),
                Entered.source(f, FilingField.GDPR_CONSEQUENCES)));
        rows.add(new FieldRow("Art. 33(3)(d)", "Measures taken or proposed", Entered.value(f,
                FilingField.GDPR_MEASURES), Entered.source(f, FilingField.GDPR_MEASURES)));
        rows.add(new FieldRow("Art. 33(4)", "Phased information", Entered.value(f, FilingField.GDPR_PHASED),
                Entered.source(f, FilingField.GDPR_PHASED)));
        rows.add(new FieldRow("Art. 33(5)", "Breach documentation (every breach, notified or not)",
                "this workbook: Legal requests, Timeline, Affected accounts, Chain of custody and Methodology; the "
                        + "case file keeps every import, finding and decision", "case"));
        rows.add(new FieldRow("Art. 34(1),(2)", "Communication to data subjects", Entered.value(f,
                FilingField.SUBJECT_COMMUNICATION), Entered.source(f, FilingField.SUBJECT_COMMUNICATION)));
        rows.add(new FieldRow("Art. 34(3)", "Exemption relied on", Entered.value(f, FilingField.ART34_EXEMPTION),
                Entered.source(f, FilingField.ART34_EXEMPTION)));
        return rows;
    }

    private static Object timing(Filing f) {
        Optional<Instant> notified = f.instant(FilingField.GDPR_NOTIFIED_AT);
        if (notified.isEmpty()) {
            return Cells.pending(FilingField.TO_BE_COMPLETED + " (gdpr_notified_at)");
        }
        Optional<Instant> aware = f.instant(FilingField.DETECTED_AT);
        String when = "notified " + ReportText.utc(notified.get());
        if (aware.isEmpty()) {
            return when + "; detection time " + FilingField.TO_BE_COMPLETED;
        }
        Duration after = Duration.between(aware.get(), notified.get());
        return when + ", " + after.toHours() + " h after detection" + (after.compareTo(NOTIFICATION_DEADLINE) > 0
                ? " (over 72 h: give the reasons for the delay)" : " (within 72 h)");
    }

    private static String nature(ReportData d) {
        List<String> requests = d.run().unsafeDisclosures();
        String text = requests.isEmpty() ? "no disclosure under a forged or unverified request found in the case"
                : "Confidentiality breach: customer data released under " + requests.size()
                        + " forged or unverified legal requests (" + String.join(", ", requests) + ")";
        return d.filing().text(FilingField.GDPR_NATURE).map(extra -> text + ". " + extra).orElse(text);
    }
}
