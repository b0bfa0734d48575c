package io.ledgerline.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.SplittableRandom;

/** Exact amounts and fees per asset, drawn in the asset's smallest unit so no binary fraction ever appears. */
final class Money {

    static final List<String> ASSETS = List.of("BTC", "ETH", "USDT");

    private Money() {
    }

    /** A retail-sized amount; {@code large} draws an amount a thief would take from a well-funded account. */
    static BigDecimal amount(SplittableRandom rng, String asset, boolean large) {
        return switch (asset) {
            case "BTC" -> units(large ? rng.nextLong(50_000_000L, 400_000_000L)
                    : rng.nextLong(100_000L, 60_000_000L), 8);
            case "ETH" -> units(large ? rng.nextLong(800_000_000L, 6_000_000_000L)
                    : rng.nextLong(5_000_000L, 900_000_000L), 8);
            case "USDT" -> units(large ? rng.nextLong(2_000_000L, 9_000_000L) : rng.nextLong(1_000L, 1_500_000L), 2);
            default -> throw new IllegalArgumentException(asset);
        };
    }

    /** The exchange's flat network fee, as exchanges publish it. */
    static BigDecimal fee(String asset) {
        return switch (asset) {
            case "BTC" -> new BigDecimal("0.0002");
            case "ETH" -> new BigDecimal("0.0015");
            case "USDT" -> new BigDecimal("1");
            default -> throw new IllegalArgumentException(asset);
        };
    }

    private static BigDecimal units(long smallest, int decimals) {
        return BigDecimal.valueOf(smallest, decimals).stripTrailingZeros();
    }
}
