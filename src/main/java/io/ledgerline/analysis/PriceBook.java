package io.ledgerline.analysis;

import io.ledgerline.domain.Price;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The case's USD prices, per asset in time order, to value a loss at the moment it happened (case-format.md,
 * "prices.csv"): the latest price at or before that moment. Immutable once built; safe to share between threads.
 */
public final class PriceBook {

    private final Map<String, NavigableMap<Instant, BigDecimal>> byAsset;

    private PriceBook(Map<String, NavigableMap<Instant, BigDecimal>> byAsset) {
        this.byAsset = byAsset;
    }

    public static PriceBook of(Iterable<Price> prices) {
        Map<String, NavigableMap<Instant, BigDecimal>> byAsset = new HashMap<>();
        for (Price p : prices) {
            byAsset.computeIfAbsent(p.asset(), a -> new TreeMap<>()).put(p.at(), p.usd());
        }
        return new PriceBook(byAsset);
    }

    /** USD per unit of {@code asset} (exact text match) at the latest price at or before {@code at}; empty if none. */
    public Optional<BigDecimal> usdAt(String asset, Instant at) {
        return priceAt(asset, at).map(PricePoint::usd);
    }

    /** The price {@link #usdAt} uses, with the time it was quoted at (UTC), so a report can show both. */
    public Optional<PricePoint> priceAt(String asset, Instant at) {
        NavigableMap<Instant, BigDecimal> series = asset == null ? null : byAsset.get(asset);
        if (series == null) {
            return Optional.empty();
        }
        Map.Entry<Instant, BigDecimal> entry = series.floorEntry(at);
        return entry == null ? Optional.empty() : Optional.of(new PricePoint(entry.getKey(), entry.getValue()));
    }

    /** USD per unit, quoted at {@code at} (UTC). */
    public record PricePoint(Instant at, BigDecimal usd) {
    }
}
