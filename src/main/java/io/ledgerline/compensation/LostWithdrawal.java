package io.ledgerline.compensation;

import io.ledgerline.analysis.PriceBook.PricePoint;
import io.ledgerline.domain.Event;
import java.math.BigDecimal;

/**
 * An unauthorized withdrawal with its valuation (case-format.md, "Loss"): (amount + fee) in units, at the latest price
 * at or before it.
 *
 * @param price    the price used, or null when the case has none at or before the withdrawal (unvalued)
 * @param usdExact units × price, exact; null when unvalued
 */
public record LostWithdrawal(Event event, BigDecimal units, PricePoint price, BigDecimal usdExact) {

    public BigDecimal amount() {
        return event.amount() == null ? BigDecimal.ZERO : event.amount();
    }

    public BigDecimal fee() {
        return event.fee() == null ? BigDecimal.ZERO : event.fee();
    }
}
