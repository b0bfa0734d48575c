package io.ledgerline.report;

import io.ledgerline.analysis.Usd;
import io.ledgerline.compensation.Compensation;
import io.ledgerline.compensation.CompensationLine;
import io.ledgerline.report.xlsx.CellKind;
import io.ledgerline.report.xlsx.Cells;
import io.ledgerline.report.xlsx.Column;
import io.ledgerline.report.xlsx.Table;
import io.ledgerline.report.xlsx.WorkbookWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Per account and asset: the unauthorized withdrawals, amounts and fees, the price used, the USD value at the time of
 * loss, the recovered amount, the net loss and the proposed compensation with the decision status and reason. The
 * totals row holds live SUMs over the exact columns beside the totals rounded once.
 */
final class CompensationSheet {

    static final int USD_EXACT = 9;
    static final int RECOVERED_USD = 11;
    static final int NET_EXACT = 12;
    static final int PROPOSED = 14;

    private CompensationSheet() {
    }

    static List<Column<CompensationLine>> columns() {
        return List.of(
                Column.text("Account", 14, l -> l.key().accountId()),
                Column.text("Asset", 8, l -> l.key().asset()),
                Column.of("Withdrawals", CellKind.INTEGER, l -> (long) l.withdrawals().size()),
                Column.of("Amount", CellKind.CRYPTO, CompensationLine::amount),
                Column.of("Fees", CellKind.CRYPTO, CompensationLine::fees),
                Column.of("Units lost", CellKind.CRYPTO, CompensationLine::units),
                Column.of("Price used, USD", CellKind.PRICE, l -> l.singlePrice().<Object>map(p -> p.usd())
                        .orElse(l.withdrawals().size() + " prices: see Withdrawals")),
                Column.of("Price at (UTC)", CellKind.DATETIME, l -> l.singlePrice().<Object>map(p -> p.at())
                        .orElse("see Withdrawals")),
                Column.of("USD value", CellKind.USD, l -> unvalued(l.usd())),
                Column.of("USD value exact", CellKind.USD_EXACT, l -> unvalued(l.usdExact())),
                Column.of("Recovered (units)", CellKind.CRYPTO, CompensationLine::recovered),
                Column.of("Recovered USD exact", CellKind.USD_EXACT, l -> unvalued(l.recoveredUsdExact())),
                Column.of("Net loss USD exact", CellKind.USD_EXACT, l -> unvalued(l.netLossUsdExact())),
                Column.of("Net loss USD", CellKind.USD, l -> unvalued(l.netLossUsd())),
                Column.of("Proposed compensation USD", CellKind.USD, l -> unvalued(l.proposedUsd())),
                Column.text("Review status", 12, l -> l.status().code()),
                Column.text("Decision status", 34, CompensationLine::decisionStatus),
                Column.wrap("Reason", 40, l -> l.decisionReason() == null ? "no review decision yet"
                        : l.decisionReason()));
    }

    static void write(WorkbookWriter workbook, ReportData data) {
        Compensation c = data.compensation();
        var sheet = workbook.sheet("Compensation", "Compensation basis: " + data.caseId(), ReportText.subtitle(data))
                .note("Proposed compensation = net loss: USD at the time-of-loss price, recovered units set against "
                        + "the earliest withdrawals first, each at its own price.");
        if (!c.rejectedAccounts().isEmpty()) {
            sheet.note("Rejected by review, not listed: " + String.join(", ", c.rejectedAccounts()) + ".");
        }
        Table<CompensationLine> t = sheet.table(columns());
        c.lines().forEach(t::add);
        List<Object> totals = new ArrayList<>();
        totals.add("Total");
        totals.add(null);
        totals.add(new Cells.Formula("SUM(" + t.dataRange(2) + ")", c.withdrawals().size()));
        for (int i = 3; i < 8; i++) {
            totals.add(null);
        }
        totals.add(unvalued(c.lossUsd()));
        totals.add(sum(t, USD_EXACT, c.lossUsdExact()));
        totals.add(null);
        totals.add(sum(t, RECOVERED_USD, c.recoveredUsdExact()));
        totals.add(sum(t, NET_EXACT, c.netLossUsdExact()));
        totals.add(Usd.round(c.netLossUsdExact()));
        totals.add(sum(t, PROPOSED, c.proposedUsd()));
        t.total(totals);
        t.finish();
    }

    static Cells.Formula sum(Table<?> t, int column, BigDecimal cached) {
        return new Cells.Formula("SUM(" + t.dataRange(column) + ")", cached == null ? 0 : cached.doubleValue());
    }

    static Object unvalued(BigDecimal usd) {
        return usd == null ? "unvalued" : usd;
    }
}
