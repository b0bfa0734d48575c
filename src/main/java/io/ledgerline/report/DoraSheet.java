package io.ledgerline.report;

import static io.ledgerline.report.FilingField.AFFECTED_ENTITY_LEI;
import static io.ledgerline.report.FilingField.AFFECTED_ENTITY_NAME;
import static io.ledgerline.report.FilingField.AUTHORITY_REFERENCE;
import static io.ledgerline.report.FilingField.BCP_ACTIVATED;
import static io.ledgerline.report.FilingField.CLASSIFICATION_CRITERIA;
import static io.ledgerline.report.FilingField.CLASSIFIED_MAJOR_AT;
import static io.ledgerline.report.FilingField.CLIENT_BASE;
import static io.ledgerline.report.FilingField.COUNTERPARTS;
import static io.ledgerline.report.FilingField.CRITICAL_FUNCTIONS_RISK;
import static io.ledgerline.report.FilingField.CRITICAL_SERVICES;
import static io.ledgerline.report.FilingField.DAILY_TRANSACTIONS;
import static io.ledgerline.report.FilingField.DATA_LOSS_DESCRIPTION;
import static io.ledgerline.report.FilingField.DESCRIPTION;
import static io.ledgerline.report.FilingField.DETECTED_AT;
import static io.ledgerline.report.FilingField.DISCOVERY;
import static io.ledgerline.report.FilingField.DURATION_ACTUAL;
import static io.ledgerline.report.FilingField.ECONOMIC_THRESHOLD;
import static io.ledgerline.report.FilingField.ENTITY_CODE;
import static io.ledgerline.report.FilingField.ENTITY_NAME;
import static io.ledgerline.report.FilingField.ENTITY_TYPE;
import static io.ledgerline.report.FilingField.FIGURES_ACTUAL;
import static io.ledgerline.report.FilingField.FUNCTIONAL_AREAS;
import static io.ledgerline.report.FilingField.FX_RATE;
import static io.ledgerline.report.FilingField.FX_RATE_DATE;
import static io.ledgerline.report.FilingField.HOME_MEMBER_STATE;
import static io.ledgerline.report.FilingField.INCIDENT_TYPE;
import static io.ledgerline.report.FilingField.INFRASTRUCTURE_AFFECTED;
import static io.ledgerline.report.FilingField.INFRASTRUCTURE_INFORMATION;
import static io.ledgerline.report.FilingField.MEMBER_STATE_IMPACT;
import static io.ledgerline.report.FilingField.MEMBER_STATE_IMPACT_TYPES;
import static io.ledgerline.report.FilingField.OTHER_AUTHORITIES;
import static io.ledgerline.report.FilingField.OTHER_AUTHORITIES_DETAIL;
import static io.ledgerline.report.FilingField.OTHER_COSTS_USD;
import static io.ledgerline.report.FilingField.OTHER_INCIDENT_TYPE;
import static io.ledgerline.report.FilingField.OTHER_INFORMATION;
import static io.ledgerline.report.FilingField.OTHER_TECHNIQUES;
import static io.ledgerline.report.FilingField.PARENT_UNDERTAKING;
import static io.ledgerline.report.FilingField.PRIMARY_CONTACT;
import static io.ledgerline.report.FilingField.RECOVERED_AT;
import static io.ledgerline.report.FilingField.RECURRING_INCIDENTS;
import static io.ledgerline.report.FilingField.RELEVANT_CLIENTS;
import static io.ledgerline.report.FilingField.REMEDIATION;
import static io.ledgerline.report.FilingField.REPORTING_CURRENCY;
import static io.ledgerline.report.FilingField.REPUTATIONAL_CONTEXT;
import static io.ledgerline.report.FilingField.REPUTATIONAL_IMPACT;
import static io.ledgerline.report.FilingField.RESOLUTION_DELAY;
import static io.ledgerline.report.FilingField.RESOLVED_AT;
import static io.ledgerline.report.FilingField.ROOT_CAUSE;
import static io.ledgerline.report.FilingField.ROOT_CAUSE_ADDITIONAL;
import static io.ledgerline.report.FilingField.ROOT_CAUSE_ADDRESSED_AT;
import static io.ledgerline.report.FilingField.ROOT_CAUSE_CLASS;
import static io.ledgerline.report.FilingField.ROOT_CAUSE_DETAIL;
import static io.ledgerline.report.FilingField.ROOT_CAUSE_OTHER;
import static io.ledgerline.report.FilingField.SECOND_CONTACT;
import static io.ledgerline.report.FilingField.SERVICE_DOWNTIME;
import static io.ledgerline.report.FilingField.SUBMISSION_TYPE;
import static io.ledgerline.report.FilingField.TEMPORARY_MEASURES;
import static io.ledgerline.report.FilingField.THIRD_PARTY_ORIGIN;
import static io.ledgerline.report.FilingField.THREAT_TECHNIQUES;

import io.ledgerline.analysis.Usd;
import io.ledgerline.domain.LegalRequest;
import io.ledgerline.report.xlsx.CellKind;
import io.ledgerline.report.xlsx.Cells;
import io.ledgerline.report.xlsx.Table;
import io.ledgerline.report.xlsx.WorkbookWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every field of the DORA major-incident report (Implementing Reg. (EU) 2025/302 Annex I, as listed in
 * ../shared/regulatory-fields.md sections 1a–1d), numbered as there: filled from the case and the analysis where
 * section 5 of that list says the case can, otherwise as entered, otherwise visibly "to be completed".
 */
final class DoraSheet {

    /** EU Member States and the EEA states (ISO 3166-1 alpha-2; Greece as GR). */
    static final Set<String> EEA = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR",
            "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI",
            "NO");

    /** Delegated Reg. (EU) 2024/1772 Art. 9: the economic-impact threshold, in EUR. */
    static final BigDecimal ECONOMIC_THRESHOLD_EUR = new BigDecimal("100000");

    private DoraSheet() {
    }

    static void write(WorkbookWriter workbook, ReportData data) {
        Table<FieldRow> t = workbook.sheet("DORA report", "DORA major ICT-related incident report",
                        ReportText.subtitle(data))
                .note("Fields of Implementing Regulation (EU) 2025/302 Annex I. Whether the incident is major is the "
                        + "entity's legal decision. Amounts are USD unless a reporting currency rate is entered.")
                .table(FieldRow.columns("No."));
        rows(data).forEach(t::add);
        t.finish();
    }

    static List<FieldRow> rows(ReportData d) {
        Filing f = d.filing();
        List<FieldRow> rows = new ArrayList<>();
        // 1a. General block
        rows.add(entered("1.1", "Type of submission", f, SUBMISSION_TYPE));
        rows.add(entered("1.2", "Name of the entity submitting the report", f, ENTITY_NAME));
        rows.add(entered("1.3", "Identification code of the submitting entity", f, ENTITY_CODE));
        rows.add(entered("1.4", "Type of financial entity affected", f, ENTITY_TYPE));
        rows.add(entered("1.5", "Name of the financial entity affected", f, AFFECTED_ENTITY_NAME));
        rows.add(entered("1.6", "LEI code of the financial entity affected", f, AFFECTED_ENTITY_LEI));
        rows.add(entered("1.7–1.9", "Primary contact name, email, telephone", f, PRIMARY_CONTACT));
        rows.add(entered("1.10–1.12", "Second contact name, email, telephone", f, SECOND_CONTACT));
        rows.add(entered("1.13–1.14", "Name / LEI of the ultimate parent undertaking", f, PARENT_UNDERTAKING));
        rows.add(new FieldRow("1.15", "Reporting currency", Entered.value(f, REPORTING_CURRENCY),
                Entered.source(f, REPORTING_CURRENCY) + "; rate: " + rate(f)));
        // 1b. Initial notification
        rows.add(new FieldRow("2.1", "Incident reference code assigned by the financial entity", d.caseId(),
                "case: manifest case_id"));
        rows.add(entered("2.2", "Date and time of detection", f, DETECTED_AT));
        rows.add(entered("2.3", "Date and time of classification as major", f, CLASSIFIED_MAJOR_AT));
        rows.add(entered("2.4", "Description of the incident", f, DESCRIPTION));
        rows.add(new FieldRow("2.5", "Classification criteria that triggered the report",
                Entered.value(f, CLASSIFICATION_CRITERIA), "entered; analysis: " + criteria(d)));
        rows.add(new FieldRow("2.6", "Materiality thresholds for 'Geographical spread'", memberStates(d),
                "case: countries of the affected accounts (EEA, home state "
                        + f.text(HOME_MEMBER_STATE).orElse("not entered") + " left out)"));
        rows.add(entered("2.7", "Discovery of the incident", f, DISCOVERY));
        rows.add(entered("2.8", "Originates from a third-party provider or another FE", f, THIRD_PARTY_ORIGIN));
        rows.add(entered("2.9", "Activation of business continuity plan", f, BCP_ACTIVATED));
        rows.add(entered("2.10", "Other relevant information", f, OTHER_INFORMATION));
        // 1c. Intermediate report
        rows.add(entered("3.1", "Incident reference code provided by the competent authority", f,
                AUTHORITY_REFERENCE));
        rows.add(new FieldRow("3.2", "Date and time of occurrence", occurrence(d),
                "analysis: " + Optional.ofNullable(d.incident().firstMaliciousWhat()).orElse("none") + "; confirm"));
        rows.add(entered("3.3", "Date and time services/activities/operations recovered", f, RECOVERED_AT));
        long affected = SummarySheet.affected(d).size();
        rows.add(new FieldRow("3.4–3.5", "Number / percentage of clients affected", affected + " clients; "
                + percent(affected, f.decimal(CLIENT_BASE), "client_base"),
                "analysis: accounts with a suspected takeover or an unsafe disclosure"));
        rows.add(entered("3.6–3.7", "Number / percentage of financial counterparts affected", f, COUNTERPARTS));
        rows.add(entered("3.8", "Impact on relevant clients or financial counterparts", f, RELEVANT_CLIENTS));
        long withdrawals = d.compensation().withdrawals().size();
        rows.add(new FieldRow("3.9–3.11", "Number / percentage / value of affected transactions", withdrawals
                + " unauthorized withdrawals; " + percent(withdrawals, f.decimal(DAILY_TRANSACTIONS),
                "daily_transactions") + "; value " + money(d.reviewed().totalLossUsd(), f),
                "analysis: unauthorized withdrawals after review, valued at the time of loss"));
        long unvalued = d.compensation().withdrawals().stream().filter(w -> w.usdExact() == null).count();
        rows.add(new FieldRow("3.12", "Numbers actual or estimates, or no impact", f.text(FIGURES_ACTUAL)
                .orElse(unvalued == 0 ? "actual (counted from the case)" : "actual counts; value an estimate: "
                        + unvalued + " withdrawals have no price"), f.text(FIGURES_ACTUAL).isPresent()
                ? Entered.source(f, FIGURES_ACTUAL) : "analysis: proposed; confirm"));
        rows.add(entered("3.13", "Reputational impact", f, REPUTATIONAL_IMPACT));
        rows.add(entered("3.14", "Contextual information on reputational impact", f, REPUTATIONAL_CONTEXT));
        rows.add(new FieldRow("3.15", "Duration of the incident (DDD:HH:MM)", duration(d),
                "analysis: occurrence (3.2) to resolution (4.8)"));
        rows.add(entered("3.16", "Service downtime", f, SERVICE_DOWNTIME));
        rows.add(entered("3.17", "Duration/downtime actual or estimates", f, DURATION_ACTUAL));
        rows.add(entered("3.18", "Types of impact in the Member States", f, MEMBER_STATE_IMPACT_TYPES));
        rows.add(entered("3.19", "How the incident has an impact in other Member States", f, MEMBER_STATE_IMPACT));
        rows.add(new FieldRow("3.20", "Materiality thresholds for 'Data losses'",
                d.incident().disclosedSubjects().isEmpty() ? "none found in the case" : "confidentiality",
                "case: legal requests with forged or unverified verification and a disclosure"));
        rows.add(entered("3.21", "Description of the data losses", f, DATA_LOSS_DESCRIPTION));
        rows.add(entered("3.22", "Classification criterion 'Critical services affected'", f, CRITICAL_SERVICES));
        rows.add(entered("3.23", "Type of the incident", f, INCIDENT_TYPE));
        rows.add(entered("3.24", "Other types of incidents", f, OTHER_INCIDENT_TYPE));
        rows.add(entered("3.25", "Threats and techniques used by the threat actor", f, THREAT_TECHNIQUES));
        rows.add(entered("3.26", "Other types of techniques", f, OTHER_TECHNIQUES));
        rows.add(entered("3.27", "Affected functional areas and business processes", f, FUNCTIONAL_AREAS));
        rows.add(entered("3.28", "Affected infrastructure components", f, INFRASTRUCTURE_AFFECTED));
        rows.add(entered("3.29", "Information about affected infrastructure components", f,
                INFRASTRUCTURE_INFORMATION));
        rows.add(new FieldRow("3.30", "Impact on the financial interest of clients", withdrawals > 0 ? "yes" : "no",
                "analysis: unauthorized withdrawals after review"));
        rows.add(entered("3.31", "Reporting to other authorities", f, OTHER_AUTHORITIES));
        rows.add(entered("3.32", "Specification of 'other' authorities", f, OTHER_AUTHORITIES_DETAIL));
        rows.add(new FieldRow("3.33", "Temporary actions/measures taken or planned", measures(d),
                "case: ACCOUNT_FROZEN and SESSION_REVOKED events of affected accounts after their window started"));
        rows.add(entered("3.34", "Description of temporary actions/measures", f, TEMPORARY_MEASURES));
        rows.add(new FieldRow("3.35", "Indicators of compromise", indicators(d),
                "analysis: sheet Indicators; case: legal requests"));
        // 1d. Final report
        rows.add(entered("4.1", "High-level classification of root causes", f, ROOT_CAUSE_CLASS));
        rows.add(entered("4.2", "Detailed classification of root causes", f, ROOT_CAUSE_DETAIL));
        rows.add(entered("4.3", "Additional classification of root causes", f, ROOT_CAUSE_ADDITIONAL));
        rows.add(entered("4.4", "Other types of root causes", f, ROOT_CAUSE_OTHER));
        rows.add(entered("4.5", "Information about the root causes", f, ROOT_CAUSE));
        rows.add(entered("4.6", "Incident resolution summary", f, REMEDIATION));
        rows.add(entered("4.7", "Date and time the root cause was addressed", f, ROOT_CAUSE_ADDRESSED_AT));
        rows.add(entered("4.8", "Date and time the incident was resolved", f, RESOLVED_AT));
        rows.add(entered("4.9", "Why permanent resolution differs from the planned date", f, RESOLUTION_DELAY));
        rows.add(entered("4.10–4.11", "Risk to critical functions / information for resolution authorities", f,
                CRITICAL_FUNCTIONS_RISK));
        rows.add(new FieldRow("4.12", "Materiality threshold for 'Economic impact'",
                Entered.value(f, ECONOMIC_THRESHOLD), "entered; analysis: losses " + money(
                        d.reviewed().totalLossUsd(), f) + " against EUR 100,000"));
        rows.add(new FieldRow("4.13", "Gross direct and indirect costs and losses", costs(d),
                "analysis: losses at the time of loss; entered: other costs (other_costs_usd)"));
        rows.add(new FieldRow("4.14", "Financial recoveries", money(Usd.round(d.compensation().recoveredUsdExact()),
                f) + " (recovered units valued at the time-of-loss prices)",
                "entered: recovered amounts (ledgerline recovered)"));
        rows.add(entered("4.15–4.16", "Recurring non-major incidents / their occurrence date-times", f,
                RECURRING_INCIDENTS));
        return rows;
    }

    private static FieldRow entered(String no, String name, Filing f, FilingField field) {
        return new FieldRow(no, name, Entered.value(f, field), Entered.source(f, field));
    }

    private static Object occurrence(ReportData d) {
        Instant first = d.incident().firstMaliciousEvent();
        return first == null ? Cells.pending(FilingField.TO_BE_COMPLETED + " (no malicious event in the case)")
                : first;
    }

    private static String rate(Filing f) {
        return f.decimal(FX_RATE).map(r -> r.toPlainString() + " per USD"
                + f.instant(FX_RATE_DATE).map(at -> " on " + ReportText.utc(at)).orElse("")).orElse(
                "not entered (fx_rate)");
    }

    /** A USD figure, and its value in the reporting currency when a rate is entered. */
    static String money(BigDecimal usd, Filing f) {
        String text = ReportText.usd(usd);
        Optional<BigDecimal> rate = f.decimal(FX_RATE);
        Optional<String> currency = f.text(REPORTING_CURRENCY);
        if (usd != null && rate.isPresent() && currency.isPresent()) {
            text += " = " + currency.get() + " " + String.format(java.util.Locale.ROOT, "%,.2f",
                    usd.multiply(rate.get()).setScale(2, RoundingMode.HALF_EVEN));
        }
        return text;
    }

    private static String percent(long count, Optional<BigDecimal> base, String field) {
        if (base.isEmpty() || base.get().signum() == 0) {
            return "percentage " + FilingField.TO_BE_COMPLETED + " (enter " + field + ")";
        }
        BigDecimal pct = BigDecimal.valueOf(count).multiply(BigDecimal.valueOf(100))
                .divide(base.get(), 2, RoundingMode.HALF_EVEN);
        return pct.toPlainString() + " % of " + base.get().toPlainString();
    }

    private static String criteria(ReportData d) {
        return SummarySheet.affected(d).size() + " clients affected (thresholds > 100,000 or > 10 %); losses "
                + ReportText.usd(d.reviewed().totalLossUsd()) + " (threshold EUR 100,000); data losses: "
                + (d.incident().disclosedSubjects().isEmpty() ? "none found" : "confidentiality");
    }

    private static String memberStates(ReportData d) {
        String home = d.filing().text(HOME_MEMBER_STATE).map(String::strip).orElse("");
        Set<String> states = new TreeSet<>();
        for (String id : SummarySheet.affected(d)) {
            var account = d.accounts().get(id);
            String country = account == null ? null : account.country();
            if (country != null && EEA.contains(country) && !country.equalsIgnoreCase(home)) {
                states.add(country);
            }
        }
        return states.isEmpty() ? "none besides the home Member State" : String.join(", ", states);
    }

    private static Object duration(ReportData d) {
        Instant start = d.incident().firstMaliciousEvent();
        Optional<Instant> end = d.filing().instant(RESOLVED_AT);
        if (start == null || end.isEmpty()) {
            return Cells.pending(FilingField.TO_BE_COMPLETED + " (needs 4.8, resolved_at)");
        }
        Duration span = Duration.between(start, end.get());
        if (span.isNegative()) {
            return Cells.pending("resolved_at is before the occurrence: check 4.8");
        }
        return String.format(java.util.Locale.ROOT, "%03d:%02d:%02d", span.toDays(), span.toHoursPart(),
                span.toMinutesPart());
    }

    private static String measures(ReportData d) {
        long frozen = d.incident().frozenAccounts();
        long revoked = d.incident().revokedSessions();
        return frozen + revoked == 0 ? "none found in the case (see 3.34)"
                : "yes: " + frozen + " accounts frozen, " + revoked + " sessions revoked";
    }

    private static String indicators(ReportData d) {
        long ips = d.indicators().stream().filter(i -> i.kind().equals("ip")).count();
        long devices = d.indicators().stream().filter(i -> i.kind().equals("device")).count();
        long addresses = d.indicators().stream().filter(i -> i.kind().equals("address")).count();
        List<String> refs = new ArrayList<>();
        for (LegalRequest r : d.legalRequests()) {
            if (d.run().unsafeDisclosures().contains(r.requestId())) {
                refs.add(r.requestId() + " \"" + (r.documentRef() == null ? "no document ref" : r.documentRef())
                        + "\" claiming " + (r.agency() == null ? "an unnamed agency" : r.agency()));
            }
        }
        return ips + " attacker ips, " + devices + " devices, " + addresses + " destination addresses and the "
                + "withdrawals' tx hashes (sheets Indicators, Custody losses)"
                + (refs.isEmpty() ? "" : "; forged or unverified requests: " + String.join("; ", refs));
    }

    private static String costs(ReportData d) {
        Optional<BigDecimal> other = d.filing().decimal(OTHER_COSTS_USD);
        BigDecimal losses = d.reviewed().totalLossUsdExact();
        String text = "losses " + ReportText.usd(Usd.round(losses));
        if (other.isEmpty()) {
            return text + " + other costs " + FilingField.TO_BE_COMPLETED + " (other_costs_usd)";
        }
        BigDecimal total = (losses == null ? BigDecimal.ZERO : losses).add(other.get());
        return text + " + other costs " + ReportText.usd(other.get().setScale(2, RoundingMode.HALF_EVEN)) + " = "
                + money(Usd.round(total), d.filing());
    }
}
