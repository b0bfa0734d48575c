package io.ledgerline.compensation;

import io.ledgerline.analysis.PriceBook;
import io.ledgerline.domain.EventFacts;
import io.ledgerline.domain.InputRefusedException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Computes one account's compensation from its reviewed unauthorized withdrawals, exact. Recovered units are set
 * against the asset's earliest withdrawals first, so every unit still lost keeps the USD price of its own moment (no
 * average price, no division). Pure.
 */
public final class CompensationCalculator {

    /** The contract's finest amount: 18 decimal places (case-format.md, "Amounts"). */
    static final int UNIT_SCALE = 18;

    private CompensationCalculator() {
    }

    /**
     * @param withdrawals the account's reviewed unauthorized withdrawals, in time order
     * @param recovered   units recovered, by asset
     * @throws InputRefusedException when the policy needs a USD value (USD, or a cap) that a withdrawal without a price
     *                               cannot give
     */
    public static Figures compute(String accountId, List<EventFacts> withdrawals, PriceBook prices,
            Map<String, BigDecimal> recovered, CompensationPolicy policy) {
        Map<String, List<EventFacts>> byAsset = new TreeMap<>();
        for (EventFacts w : withdrawals) {
            if (w.asset() == null || w.amount() == null) {
                throw new InputRefusedException("Withdrawal " + w.eventId() + " has no asset or amount, so it cannot "
                        + "be compensated; review it first.");
            }
            byAsset.computeIfAbsent(w.asset(), a -> new ArrayList<>()).add(w);
        }
        List<AssetLine> lines = new ArrayList<>();
        BigDecimal netUsdTotal = BigDecimal.ZERO;
        boolean allValued = true;
        for (Map.Entry<String, List<EventFacts>> e : byAsset.entrySet()) {
            AssetLine line = line(e.getKey(), e.getValue(), prices, recovered.getOrDefault(e.getKey(),
                    BigDecimal.ZERO));
            lines.add(line);
            if (line.netUsdExact() == null) {
                allValued = false;
            } else {
                netUsdTotal = netUsdTotal.add(line.netUsdExact());
            }
        }
        boolean needsUsd = policy.kind() == CompensationPolicy.Kind.USD || policy.capUsd() != null;
        if (needsUsd && !allValued) {
            throw new InputRefusedException("Account " + accountId + " has a withdrawal without a USD price at its "
                    + "time, so the policy (" + policy + ") cannot be applied; compensate in kind without a cap.");
        }
        boolean capped = policy.capUsd() != null && netUsdTotal.compareTo(policy.capUsd()) > 0;
        if (policy.kind() == CompensationPolicy.Kind.USD) {
            List<AssetLine> inUsd = lines.stream().map(l -> new AssetLine(l.asset(), l.withdrawals(), l.loss(),
                    l.lossUsdExact(), l.recovered(), l.net(), l.netUsdExact(), null)).toList();
            return new Figures(accountId, policy, inUsd, capped ? policy.capUsd() : netUsdTotal, capped);
        }
        if (!capped) {
            return new Figures(accountId, policy, lines, allValued ? netUsdTotal : null, false);
        }
        List<AssetLine> scaled = new ArrayList<>();
        for (AssetLine l : lines) {
            BigDecimal units = l.net().multiply(policy.capUsd())
                    .divide(netUsdTotal, MathContext.DECIMAL128).setScale(UNIT_SCALE, RoundingMode.DOWN)
                    .stripTrailingZeros();
            scaled.add(new AssetLine(l.asset(), l.withdrawals(), l.loss(), l.lossUsdExact(), l.recovered(), l.net(),
                    l.netUsdExact(), plain(units)));
        }
        return new Figures(accountId, policy, scaled, policy.capUsd(), true);
    }

    private static AssetLine line(String asset, List<EventFacts> withdrawals, PriceBook prices, BigDecimal recovered) {
        Netting n = net(withdrawals, prices, recovered);
        return new AssetLine(asset, n.withdrawals(), plain(n.loss()), n.valued() ? n.lossUsdValued() : null,
                plain(recovered), plain(n.net()), n.valued() ? n.netUsdValued() : null, plain(n.net()));
    }

    /**
     * The one netting rule of Ledgerline, for proposals and the compensation workbook alike: {@code recovered} units
     * are set against the asset's withdrawals earliest first (by time, then event id), so every unit still lost keeps
     * the USD price of its own moment: no average price, no division. A withdrawal's loss is amount + fee (a missing
     * one counts as 0); it is valued at the latest price at or before it, and counted as unvalued when there is none.
     *
     * @param withdrawals one account's withdrawals of one asset, any order
     * @param recovered   units recovered for that account and asset (0 when none)
     */
    public static Netting net(List<EventFacts> withdrawals, PriceBook prices, BigDecimal recovered) {
        List<EventFacts> earliestFirst = withdrawals.stream().sorted(EARLIEST_FIRST).toList();
        BigDecimal loss = BigDecimal.ZERO;
        BigDecimal lossUsd = BigDecimal.ZERO;
        BigDecimal netUsd = BigDecimal.ZERO;
        int unvalued = 0;
        BigDecimal toOffset = recovered;
        List<String> ids = new ArrayList<>();
        for (EventFacts w : earliestFirst) {
            ids.add(w.eventId());
            BigDecimal units = orZero(w.amount()).add(orZero(w.fee()));
            loss = loss.add(units);
            BigDecimal offset = toOffset.min(units);
            toOffset = toOffset.subtract(offset);
            Optional<BigDecimal> price = w.asset() == null ? Optional.empty() : prices.usdAt(w.asset(),
                    w.occurredAt());
            if (price.isEmpty()) {
                unvalued++;
                continue;
            }
            lossUsd = lossUsd.add(units.multiply(price.get()));
            netUsd = netUsd.add(units.subtract(offset).multiply(price.get()));
        }
        return new Netting(ids, loss, lossUsd, recovered, loss.subtract(recovered).max(BigDecimal.ZERO), netUsd,
                unvalued);
    }

    private static final Comparator<EventFacts> EARLIEST_FIRST =
            Comparator.comparing(EventFacts::occurredAt).thenComparing(EventFacts::eventId);

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private static BigDecimal plain(BigDecimal value) {
        return value.signum() == 0 ? BigDecimal.ZERO : value;
    }
}
