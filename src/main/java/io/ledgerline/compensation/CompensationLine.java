package io.ledgerline.compensation;

import io.ledgerline.analysis.PriceBook.PricePoint;
import io.ledgerline.analysis.ReviewStatus;
import io.ledgerline.analysis.Usd;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * What one account lost in one asset through its unauthorized withdrawals, what was recovered, and the compensation
 * proposed. Recovered units are netted by {@link CompensationCalculator#net} (earliest withdrawals first, each unit at
 * its own time-of-loss price), the rule proposals use.
 *
 * @param usdExact          exact USD of the valued withdrawals; null when none could be valued
 * @param recovered         units recovered (0 when none entered)
 * @param recoveredUsdExact the priced units the recovery offsets, at their withdrawals' prices; null when unvalued
 * @param netLossUsdExact   usdExact − recoveredUsdExact, at least 0; null when unvalued
 * @param decisionReason    the reason of the latest review decision on the account, or null
 */
public record CompensationLine(AccountAsset key, List<LostWithdrawal> withdrawals, BigDecimal amount, BigDecimal fees,
        BigDecimal units, BigDecimal usdExact, int unvalued, BigDecimal recovered, BigDecimal recoveredUsdExact,
        BigDecimal netLossUsdExact, ReviewStatus status, String decisionReason) {

    /** What the decision column says until proposals are made and approved (issue #8). */
    public static final String NO_PROPOSAL_YET = "proposal not yet made";

    public CompensationLine {
        withdrawals = List.copyOf(withdrawals);
    }

    public BigDecimal usd() {
        return Usd.round(usdExact);
    }

    public BigDecimal netLossUsd() {
        return Usd.round(netLossUsdExact);
    }

    /** The proposed compensation in USD: the net loss rounded half-even to cents once; null when unvalued. */
    public BigDecimal proposedUsd() {
        return netLossUsd();
    }

    /** The account's review status with {@link #NO_PROPOSAL_YET}. */
    public String decisionStatus() {
        return status.code() + "; " + NO_PROPOSAL_YET;
    }

    /** The price every valued withdrawal of the line used, when they all used the same one. */
    public Optional<PricePoint> singlePrice() {
        List<PricePoint> prices = withdrawals.stream().map(LostWithdrawal::price).filter(p -> p != null).distinct()
                .toList();
        return prices.size() == 1 && unvalued == 0 ? Optional.of(prices.get(0)) : Optional.empty();
    }
}
