package io.ledgerline.report;

import io.ledgerline.analysis.ReviewStatus;
import io.ledgerline.analysis.ReviewedAccount;
import io.ledgerline.analysis.Usd;
import io.ledgerline.compensation.LostWithdrawal;
import io.ledgerline.report.xlsx.CellKind;
import io.ledgerline.report.xlsx.Cells;
import io.ledgerline.report.xlsx.Table;
import io.ledgerline.report.xlsx.WorkbookWriter;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The incident in figures and words: affected and disclosed accounts, unauthorized withdrawals, loss per asset and in
 * USD (after the investigator's review; rounded once from the exact sum), then the root cause, the attack chain in
 * steps and the remediation, as entered.
 */
final class SummarySheet {

    private SummarySheet() {
    }

    static void write(WorkbookWriter workbook, ReportData data) {
        Table<FieldRow> t = workbook.sheet("Summary", "Summary of the incident", ReportText.subtitle(data))
                .note("Figures after the investigator's review: rejected accounts are left out. USD at the price of "
                        + "the moment of each loss, rounded half-even to cents once.")
                .table(FieldRow.columns("Section"));
        t.add(new FieldRow("Figures", "Accounts affected (suspected takeover or data disclosed)",
                (long) affected(data).size(), "analysis: run #" + data.runId() + " after review"));
        t.add(new FieldRow("Figures", "Accounts taken over (not rejected)", (long) taken(data).size(),
                "analysis: suspected or confirmed, not rejected"));
        t.add(new FieldRow("Figures", "Accounts whose data was disclosed under forged or unverified requests",
                (long) data.incident().disclosedSubjects().size(), "case: legal requests (R4)"));
        t.add(new FieldRow("Figures", "Unauthorized withdrawals", (long) data.compensation().withdrawals().size(),
                "analysis: after review (sheet Custody losses)"));
        Map<String, BigDecimal> byAsset = new TreeMap<>();
        for (LostWithdrawal w : data.compensation().withdrawals()) {
            if (w.event().asset() != null) {
                byAsset.merge(w.event().asset(), w.units(), BigDecimal::add);
            }
        }
        byAsset.forEach((asset, units) -> t.add(new FieldRow("Loss", "Loss in " + asset + " (amount + fee)",
                Cells.typed(CellKind.CRYPTO, units), "analysis: units of the asset")));
        t.add(new FieldRow("Loss", "Loss in USD", usd(data.reviewed().totalLossUsd()),
                "analysis: reviewed total, rounded once"));
        t.add(new FieldRow("Loss", "Loss in USD, exact", usdExact(data.reviewed().totalLossUsdExact()),
                "analysis: the exact sum the rounding starts from"));
        t.add(new FieldRow("Loss", "Playbook proposal before review, USD", usd(data.run().totalLossUsd()),
                "analysis: run #" + data.runId()));
        long unvalued = data.compensation().withdrawals().stream().filter(w -> w.usdExact() == null).count();
        t.add(new FieldRow("Loss", "Withdrawals without a price (not in USD figures)", unvalued,
                "case: prices.csv"));
        t.add(Entered.row(data.filing(), FilingField.ROOT_CAUSE).withRef("Root cause"));
        steps(t, data.filing());
        t.add(Entered.row(data.filing(), FilingField.REMEDIATION).withRef("Remediation"));
        t.finish();
    }

    private static void steps(Table<FieldRow> t, Filing filing) {
        if (filing.text(FilingField.ATTACK_CHAIN).isEmpty()) {
            t.add(Entered.row(filing, FilingField.ATTACK_CHAIN).withRef("Attack chain"));
            return;
        }
        String source = Entered.source(filing, FilingField.ATTACK_CHAIN);
        int n = 0;
        for (String line : filing.text(FilingField.ATTACK_CHAIN).orElseThrow().split("\\R")) {
            if (!line.isBlank()) {
                t.add(new FieldRow("Attack chain", "Step " + (++n), line.strip(), source));
            }
        }
    }

    /** DORA 3.4: accounts with an unsafe disclosure or a suspected compromise (rejected ones left out). */
    static Set<String> affected(ReportData data) {
        Set<String> affected = new TreeSet<>(taken(data));
        affected.addAll(data.incident().disclosedSubjects());
        return affected;
    }

    static Set<String> taken(ReportData data) {
        Set<String> taken = new TreeSet<>();
        data.reviewed().accounts().stream().filter(a -> a.status() != ReviewStatus.REJECTED)
                .map(ReviewedAccount::accountId).forEach(taken::add);
        return taken;
    }

    static Object usd(BigDecimal value) {
        return value == null ? "unvalued" : Cells.typed(CellKind.USD, value.setScale(Usd.CENTS));
    }

    static Object usdExact(BigDecimal value) {
        return value == null ? "unvalued" : Cells.typed(CellKind.USD_EXACT, value);
    }
}
