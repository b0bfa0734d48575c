package io.ledgerline.compensation;

import io.ledgerline.analysis.Usd;
import java.math.BigDecimal;
import java.util.List;

/**
 * The compensation basis of a case after review: one line per account and asset of every account not rejected, and
 * every unauthorized withdrawal behind them.
 *
 * @param lossUsdExact     exact sum of the lines' USD (equals the reviewed total of {@code analyze}); null when no
 *                         loss could be valued while some exist
 * @param rejectedAccounts accounts the investigator rejected (no line), each with its proposal if one is on record
 */
public record Compensation(List<CompensationLine> lines, List<LostWithdrawal> withdrawals, BigDecimal lossUsdExact,
        BigDecimal recoveredUsdExact, BigDecimal netLossUsdExact, List<String> rejectedAccounts) {

    public Compensation {
        lines = List.copyOf(lines);
        withdrawals = List.copyOf(withdrawals);
        rejectedAccounts = List.copyOf(rejectedAccounts);
    }

    /** The total loss rounded once from the exact sum. */
    public BigDecimal lossUsd() {
        return Usd.round(lossUsdExact);
    }

    /**
     * The sum of the listed accounts' current proposals in USD, returned ones left out (they go back to their
     * proposer); each is rounded to cents, so the total is a sum of cents. An in-kind proposal without a price adds
     * nothing.
     */
    public BigDecimal proposedUsd() {
        return lines.stream().filter(l -> l.proposal() != null && l.proposal().state() != ProposalState.RETURNED)
                .map(CompensationLine::proposedUsd).filter(p -> p != null)
                .reduce(BigDecimal.ZERO.setScale(Usd.CENTS), BigDecimal::add);
    }
}
