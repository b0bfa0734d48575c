package io.ledgerline.demo;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * Hourly USD prices for BTC, ETH and USDT from a day before the case period to the export: a random walk in whole
 * basis points, so every price is an exact decimal (cents for BTC and ETH, six places for the stablecoin).
 */
final class PriceSeries {

    static final Instant FROM = DemoWorld.PERIOD_START.minus(Duration.ofDays(1));
    static final Instant UNTIL = DemoWorld.EXPORTED_AT;
    /** At most this many basis points per hour, about the hourly volatility of BTC in spring 2024. */
    private static final int MAX_STEP_BP = 60;

    private PriceSeries() {
    }

    static void write(CsvSink sink, SplittableRandom rng) throws IOException {
        BigDecimal btc = BigDecimal.valueOf(rng.nextLong(5_800_000, 6_400_000), 2);
        BigDecimal eth = BigDecimal.valueOf(rng.nextLong(320_000, 350_000), 2);
        for (Instant at = FROM; !at.isAfter(UNTIL); at = at.plus(Duration.ofHours(1))) {
            String time = Rfc3339.utc(at);
            sink.row("BTC", time, btc.toPlainString());
            sink.row("ETH", time, eth.toPlainString());
            // the stablecoin stays within 0.15 % of its peg
            sink.row("USDT", time, BigDecimal.valueOf(1_000_000 + rng.nextInt(-1500, 1501), 6).toPlainString());
            btc = step(btc, rng);
            eth = step(eth, rng);
        }
    }

    private static BigDecimal step(BigDecimal price, SplittableRandom rng) {
        BigDecimal factor = BigDecimal.valueOf(10_000 + rng.nextInt(-MAX_STEP_BP, MAX_STEP_BP + 1), 4);
        return price.multiply(factor).setScale(2, RoundingMode.HALF_EVEN);
    }
}
