package io.ledgerline.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.ledgerline.domain.Price;
import io.ledgerline.testing.Events;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccountLossTest {

    private static Price price(String asset, String at, String usd) {
        return new Price(asset, Instant.parse(at), at, new BigDecimal(usd), Map.of(), 1);
    }

    private final PriceBook prices = PriceBook.of(List.of(
            price("BTC", "2024-05-01T00:00:00Z", "60000"),
            price("BTC", "2024-05-01T12:00:00Z", "61000"),
            price("ETH", "2024-05-01T00:00:00Z", "3000.5")));

    @Test
    void valuesEachAssetAtTheLatestPriceAtOrBeforeTheWithdrawal() {
        Events e = Events.of("A").at("2024-05-01T11:59:59Z").withdrawal("x", "BTC", "0.5", "0.0005")
                .at("2024-05-01T12:00:00Z").withdrawal("x", "BTC", "1", null)
                .after(Duration.ofHours(1)).withdrawal("y", "ETH", "2", "0.01");
        AccountLoss loss = AccountLoss.of(e.list(), prices);
        assertEquals(Map.of("BTC", new BigDecimal("1.5005"), "ETH", new BigDecimal("2.01")), loss.byAsset());
        // 0.5005 × 60000 + 1 × 61000 + 2.01 × 3000.5
        assertEquals(0, new BigDecimal("30030").add(new BigDecimal("61000")).add(new BigDecimal("6031.005"))
                .compareTo(loss.usdExact()));
        // exactly 97061.005: half-even keeps the even cent
        assertEquals(new BigDecimal("97061.00"), loss.usd());
        assertEquals(List.of(), loss.unvalued());
    }

    @Test
    void withdrawalBeforeAnyPriceIsUnvaluedNotZeroButCountsInUnits() {
        Events e = Events.of("A").at("2024-04-30T23:59:59Z").withdrawal("x", "BTC", "0.5", "0.0005")
                .at("2024-05-01T01:00:00Z").withdrawal("x", "XMR", "3", null);
        AccountLoss loss = AccountLoss.of(e.list(), prices);
        assertNull(loss.usdExact());
        assertNull(loss.usd());
        assertEquals(List.of("A-1", "A-2"), loss.unvalued());
        assertEquals(Map.of("BTC", new BigDecimal("0.5005"), "XMR", new BigDecimal("3")), loss.byAsset());
    }

    @Test
    void partlyPricedLossValuesWhatItCanAndListsTheRest() {
        Events e = Events.of("A").at("2024-05-01T01:00:00Z").withdrawal("x", "BTC", "1", null)
                .withdrawal("x", "XMR", "3", null);
        AccountLoss loss = AccountLoss.of(e.list(), prices);
        assertEquals(0, new BigDecimal("60000").compareTo(loss.usdExact()));
        assertEquals(List.of("A-2"), loss.unvalued());
    }

    @Test
    void roundsHalfEvenOnceFromTheExactValue() {
        Events e = Events.of("A").at("2024-05-01T01:00:00Z").withdrawal("x", "ETH", "0.000005", null);
        // 0.000005 × 3000.5 = 0.0150025 → 0.02; 0.000001666… would be below a cent
        assertEquals(new BigDecimal("0.02"), AccountLoss.of(e.list(), prices).usd());
        assertEquals(new BigDecimal("1000.12"), Usd.round(new BigDecimal("1000.125")));
        assertEquals(new BigDecimal("1000.14"), Usd.round(new BigDecimal("1000.135")));
    }
}
