package io.ledgerline.analysis;

import io.ledgerline.domain.EventFacts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What one account lost through its unauthorized withdrawals, exact.
 *
 * <p>Each withdrawal's loss is (amount + fee) in units of its asset (a missing fee counts as 0), valued at the latest
 * USD price at or before the withdrawal. {@code byAsset} counts every withdrawal in units, priced or not.
 * A withdrawal without a price, asset or amount is listed in {@code unvalued} and adds nothing to {@code usdExact};
 * {@code usdExact} is null when no withdrawal could be valued while some could not, so an unvalued loss never reads as
 * zero.
 *
 * @param byAsset  exact units per asset, sorted by asset
 * @param usdExact the exact sum of the valued withdrawals' USD, or null as above
 * @param unvalued event ids of withdrawals that could not be valued, in time order
 */
public record AccountLoss(Map<String, BigDecimal> byAsset, BigDecimal usdExact, List<String> unvalued) {

    public AccountLoss {
        byAsset = Collections.unmodifiableMap(new TreeMap<>(byAsset));
        unvalued = List.copyOf(unvalued);
    }

    /** Values {@code withdrawals} (one account's, in time order) with {@code prices}. */
    public static AccountLoss of(List<EventFacts> withdrawals, PriceBook prices) {
        Map<String, BigDecimal> byAsset = new TreeMap<>();
        List<String> unvalued = new ArrayList<>();
        BigDecimal usd = BigDecimal.ZERO;
        boolean anyValued = false;
        for (EventFacts w : withdrawals) {
            if (w.amount() == null || w.asset() == null) {
                unvalued.add(w.eventId());
                continue;
            }
            BigDecimal units = w.amount().add(w.fee() == null ? BigDecimal.ZERO : w.fee());
            byAsset.merge(w.asset(), units, BigDecimal::add);
            Optional<BigDecimal> price = prices.usdAt(w.asset(), w.occurredAt());
            if (price.isPresent()) {
                usd = usd.add(units.multiply(price.get()));
                anyValued = true;
            } else {
                unvalued.add(w.eventId());
            }
        }
        return new AccountLoss(byAsset, anyValued || unvalued.isEmpty() ? usd : null, unvalued);
    }

    /**
     * The exact sum of {@code losses}' USD: null when some loss could not be valued and none could (an unvalued
     * total never reads as zero), as for one account's withdrawals.
     */
    public static BigDecimal totalUsdExact(Collection<AccountLoss> losses) {
        BigDecimal total = BigDecimal.ZERO;
        boolean anyValued = false;
        boolean anyUnvalued = false;
        for (AccountLoss loss : losses) {
            if (loss.usdExact() != null) {
                total = total.add(loss.usdExact());
                anyValued = true;
            }
            anyUnvalued |= !loss.unvalued().isEmpty();
        }
        return anyValued || !anyUnvalued ? total : null;
    }

    /** {@link #usdExact} rounded half-even to cents, or null when unvalued. */
    public BigDecimal usd() {
        return Usd.round(usdExact);
    }
}
