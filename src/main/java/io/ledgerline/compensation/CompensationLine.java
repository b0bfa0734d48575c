package io.ledgerline.compensation;

import io.ledgerline.analysis.PriceBook.PricePoint;
import io.ledgerline.analysis.ReviewStatus;
import io.ledgerline.analysis.Usd;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * What one account lost in one asset through its unauthorized withdrawals, what was recovered, the net loss, and the
 * account's current compensation proposal. Recovered units are netted by {@link CompensationCalculator#net} (earliest
 * withdrawals first, each unit at its own time-of-loss price), the rule proposals use.
 *
 * @param usdExact          exact USD of the valued withdrawals; null when none could be valued
 * @param recovered         units recovered (0 when none entered)
 * @param recoveredUsdExact the priced units the recovery offsets, at their withdrawals' prices; null when unvalued
 * @param netLossUsdExact   usdExact − recoveredUsdExact, at least 0; null when unvalued
 * @param decisionReason    the reason of the latest review decision on the account, or null
 * @param proposal          the account's current proposal, or null when none was made
 * @param firstOfAccount    the account's first line, which carries the account's proposed USD (once per account)
 */
public record CompensationLine(AccountAsset key, List<LostWithdrawal> withdrawals, BigDecimal amount, BigDecimal fees,
        BigDecimal units, BigDecimal usdExact, int unvalued, BigDecimal recovered, BigDecimal recoveredUsdExact,
        BigDecimal netLossUsdExact, ReviewStatus status, String decisionReason, Proposal proposal,
        boolean firstOfAccount) {

    /** What the proposal columns say for an account without a proposal: its net loss stands uncompensated. */
    public static final String NO_PROPOSAL_YET = "no proposal yet";

    public CompensationLine {
        withdrawals = List.copyOf(withdrawals);
    }

    public BigDecimal usd() {
        return Usd.round(usdExact);
    }

    public BigDecimal netLossUsd() {
        return Usd.round(netLossUsdExact);
    }

    /** Units still lost: units − recovered, never below zero. */
    public BigDecimal net() {
        return units.subtract(recovered).max(BigDecimal.ZERO);
    }

    /** The units the proposal gives back in this asset (in kind); null without a proposal or under the USD policy. */
    public BigDecimal proposedUnits() {
        return proposal == null ? null : proposal.proposedUnits(key.asset());
    }

    /** The account's proposed USD on its first line, null on the others and without a proposal (sums stay right). */
    public BigDecimal proposedUsd() {
        return proposal == null || !firstOfAccount ? null : proposal.proposedUsd();
    }

    /** The proposal's state ({@code proposed}, {@code approved}, {@code returned}, {@code paid}), or "no proposal yet". */
    public String proposalState() {
        return proposal == null ? NO_PROPOSAL_YET : proposal.state().code();
    }

    /** The proposal was computed from other net units of this asset than the line's (a later review or recovery). */
    public boolean proposalDiffers() {
        if (proposal == null) {
            return false;
        }
        BigDecimal proposedNet = proposal.net(key.asset());
        return proposedNet == null || proposedNet.compareTo(net()) != 0;
    }

    /** The price every valued withdrawal of the line used, when they all used the same one. */
    public Optional<PricePoint> singlePrice() {
        List<PricePoint> prices = withdrawals.stream().map(LostWithdrawal::price).filter(p -> p != null).distinct()
                .toList();
        return prices.size() == 1 && unvalued == 0 ? Optional.of(prices.get(0)) : Optional.empty();
    }
}
