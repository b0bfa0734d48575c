package io.ledgerline.compensation;

import java.math.BigDecimal;
import java.util.List;

/**
 * One asset's loss net of what was recovered, as {@link CompensationCalculator#net} sets it out: the figures both a
 * proposal and the compensation workbook show. USD figures cover the withdrawals that have a price at their time.
 *
 * @param withdrawals  event ids, earliest first (the order recovered units are set against them)
 * @param loss         units lost: amount + fee of every withdrawal
 * @param lossUsdValued exact USD of the priced withdrawals
 * @param recovered    units recovered, as entered (may exceed the loss)
 * @param net          units still lost, never below zero
 * @param netUsdValued exact USD of the priced units still lost, each at its own withdrawal's price
 * @param unvalued     how many withdrawals have no price at their time
 */
public record Netting(List<String> withdrawals, BigDecimal loss, BigDecimal lossUsdValued, BigDecimal recovered,
        BigDecimal net, BigDecimal netUsdValued, int unvalued) {

    public Netting {
        withdrawals = List.copyOf(withdrawals);
    }

    /** Every withdrawal has a price, so the USD figures cover the whole loss. */
    public boolean valued() {
        return unvalued == 0;
    }

    /** Exact USD of the priced units the recovery offsets: loss minus net, at the withdrawals' own prices. */
    public BigDecimal recoveredUsdValued() {
        return lossUsdValued.subtract(netUsdValued);
    }
}
