package io.ledgerline.report;

import io.ledgerline.analysis.Usd;
import io.ledgerline.compensation.Compensation;
import io.ledgerline.compensation.CompensationLine;
import io.ledgerline.compensation.Proposal;
import io.ledgerline.compensation.ProposalState;
import io.ledgerline.report.xlsx.CellKind;
import io.ledgerline.report.xlsx.Cells;
import io.ledgerline.report.xlsx.Column;
import io.ledgerline.report.xlsx.Table;
import io.ledgerline.report.xlsx.WorkbookWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Per account and asset: the unauthorized withdrawals, amounts and fees, the price used, the USD value at the time of
 * loss, the recovered amount, the net loss, the review, and the account's current compensation proposal as the
 * Decisions view keeps it (policy, what it proposes, state, who proposed, who approved or returned it, why, the payout
 * reference), or "no proposal yet". The totals row holds live SUMs over the exact columns beside the totals rounded
 * once.
 */
final class CompensationSheet {

    static final int USD_EXACT = 9;
    static final int RECOVERED_USD = 11;
    static final int NET_EXACT = 12;
    static final int PROPOSED_USD = 18;
    static final int STATE = 19;

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
                Column.text("Review status", 12, l -> l.status().code()),
                Column.wrap("Review reason", 24, l -> l.decisionReason() == null ? "no review decision yet"
                        : l.decisionReason()),
                Column.wrap("Proposal, policy", 22, l -> l.proposal() == null ? null : policy(l)),
                Column.of("Proposed (units)", CellKind.CRYPTO, CompensationLine::proposedUnits),
                Column.of("Proposed USD", CellKind.USD, CompensationLine::proposedUsd),
                Column.text("State", 16, CompensationLine::proposalState),
                Column.wrap("Proposed by", 17, proposal(p -> who(p.proposed()))),
                Column.wrap("Approved or returned by", 17, proposal(p -> p.decision().map(CompensationSheet::who)
                        .orElse("not yet"))),
                Column.wrap("Proposal reasons", 32, proposal(CompensationSheet::reasons)),
                Column.text("Payout reference", 16, proposal(p -> p.payment().map(Proposal.Step::reference)
                        .orElse(null))));
    }

    static void write(WorkbookWriter workbook, ReportData data) {
        Compensation c = data.compensation();
        var sheet = workbook.sheet("Compensation", "Compensation basis: " + data.caseId(), ReportText.subtitle(data))
                .note("Net loss = USD at the time-of-loss price, recovered units set against the earliest "
                        + "withdrawals first, each at its own price. Proposals as recorded with four-eyes approval "
                        + "(Decisions): an account's proposed USD stands on its first line; the total leaves returned "
                        + "proposals out.");
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
        for (int i = 14; i < PROPOSED_USD; i++) {
            totals.add(null);
        }
        totals.add(new Cells.Formula("SUMIFS(" + t.dataRange(PROPOSED_USD) + "," + t.dataRange(STATE) + ",\"<>"
                + ProposalState.RETURNED.code() + "\")", c.proposedUsd().doubleValue()));
        t.total(totals);
        t.finish();
    }

    /** "#3, in kind", and whether it was computed from another net loss than the line's. */
    private static String policy(CompensationLine l) {
        return "#" + l.proposal().id() + ", " + l.proposal().policy() + (l.proposalDiffers()
                ? "; computed from another net loss than this line's" : "");
    }

    /** A proposal column's value: blank for an account without a proposal (its state says so). */
    private static Function<CompensationLine, Object> proposal(Function<Proposal, Object> value) {
        return l -> l.proposal() == null ? null : value.apply(l.proposal());
    }

    private static String who(Proposal.Step step) {
        return step.investigator() + ", " + ReportText.utc(step.at());
    }

    /** Why it was proposed, and why it was approved or returned. */
    private static String reasons(Proposal p) {
        return "proposed: " + p.proposed().reason() + p.decision().map(d -> "; " + d.state().code() + ": "
                + d.reason()).orElse("");
    }

    static Cells.Formula sum(Table<?> t, int column, BigDecimal cached) {
        return new Cells.Formula("SUM(" + t.dataRange(column) + ")", cached == null ? 0 : cached.doubleValue());
    }

    static Object unvalued(BigDecimal usd) {
        return usd == null ? "unvalued" : usd;
    }
}
