package io.ledgerline.compensation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerline.analysis.PriceBook;
import io.ledgerline.domain.EventFacts;
import io.ledgerline.domain.InputRefusedException;
import io.ledgerline.domain.Outcome;
import io.ledgerline.domain.Price;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompensationCalculatorTest {

    static final Instant T1 = Instant.parse("2024-05-20T10:00:00Z");
    static final Instant T2 = Instant.parse("2024-05-20T12:00:00Z");
    /** BTC at 60000 from T1, 70000 from T2; ETH never priced. */
    static final PriceBook PRICES = PriceBook.of(List.of(
            new Price("BTC", T1, "2024-05-20T10:00:00Z", new BigDecimal("60000"), Map.of(), 2),
            new Price("BTC", T2, "2024-05-20T12:00:00Z", new BigDecimal("70000"), Map.of(), 3)));

    static EventFacts withdrawal(String id, Instant at, String asset, String amount, String fee) {
        return new EventFacts(id, "ACC-1", at, "WITHDRAWAL", Outcome.SUCCESS, null, null, asset,
                new BigDecimal(amount), fee == null ? null : new BigDecimal(fee), "addr", null);
    }

    static final List<EventFacts> TWO_BTC = List.of(withdrawal("E1", T1, "BTC", "1", "0.001"),
            withdrawal("E2", T2, "BTC", "0.5", null));

    private static BigDecimal usd(Figures f) {
        return f.proposedUsdExact();
    }

    @Test
    void inKindGivesBackEveryUnitWithItsTimeOfLossValue() {
        Figures f = CompensationCalculator.compute("ACC-1", TWO_BTC, PRICES, Map.of(), CompensationPolicy.DEFAULT);
        AssetLine btc = f.assets().get(0);
        assertEquals(0, new BigDecimal("1.501").compareTo(btc.proposedUnits()));
        assertEquals(0, new BigDecimal("95060").compareTo(usd(f)), "1.001 × 60000 + 0.5 × 70000");
        assertEquals(List.of("E1", "E2"), btc.withdrawals());
        assertFalse(f.capped());
    }

    @Test
    void recoveredUnitsOffsetTheEarliestWithdrawalsFirst() {
        Figures f = CompensationCalculator.compute("ACC-1", TWO_BTC, PRICES, Map.of("BTC", new BigDecimal("1.001")),
                new CompensationPolicy(CompensationPolicy.Kind.USD, null));
        AssetLine btc = f.assets().get(0);
        assertEquals(0, new BigDecimal("0.5").compareTo(btc.net()));
        assertEquals(0, new BigDecimal("35000").compareTo(usd(f)), "only E2's 0.5 BTC at 70000 is still lost");
        assertNull(btc.proposedUnits(), "the USD policy proposes no units");
        assertEquals("35000.00", f.proposedUsd().toPlainString());
    }

    @Test
    void nettingTakesTheEarliestWithdrawalsFirstWhateverOrderTheyComeIn() {
        Netting n = CompensationCalculator.net(List.of(TWO_BTC.get(1), TWO_BTC.get(0)), PRICES, new BigDecimal("1.001"));
        assertEquals(List.of("E1", "E2"), n.withdrawals());
        assertEquals(0, new BigDecimal("35000").compareTo(n.netUsdValued()));
        assertEquals(0, new BigDecimal("60060").compareTo(n.recoveredUsdValued()));
    }

    @Test
    void anUnpricedEarlierWithdrawalTakesTheRecoveryFirstAndIsCountedAsUnvalued() {
        // E0 before BTC's first price: its 0.2 BTC is lost but has no USD value
        List<EventFacts> three = List.of(withdrawal("E0", T1.minusSeconds(60), "BTC", "0.2", null),
                TWO_BTC.get(0), TWO_BTC.get(1));
        Netting n = CompensationCalculator.net(three, PRICES, new BigDecimal("0.5"));
        assertEquals(1, n.unvalued());
        assertEquals(0, new BigDecimal("1.201").compareTo(n.net()));
        assertEquals(0, new BigDecimal("95060").compareTo(n.lossUsdValued()), "only the priced withdrawals");
        assertEquals(0, new BigDecimal("77060").compareTo(n.netUsdValued()),
                "0.3 BTC of E1 offset: 0.701 × 60000 + 0.5 × 70000");
    }

    @Test
    void aCapLimitsTheUsdPaymentAndScalesUnitsInKindDown() {
        CompensationPolicy capped = new CompensationPolicy(CompensationPolicy.Kind.USD, new BigDecimal("50000"));
        Figures inUsd = CompensationCalculator.compute("ACC-1", TWO_BTC, PRICES, Map.of(), capped);
        assertEquals(0, new BigDecimal("50000").compareTo(usd(inUsd)));
        assertTrue(inUsd.capped());

        Figures inKind = CompensationCalculator.compute("ACC-1", TWO_BTC, PRICES, Map.of(),
                new CompensationPolicy(CompensationPolicy.Kind.IN_KIND, new BigDecimal("50000")));
        BigDecimal units = inKind.assets().get(0).proposedUnits();
        // 1.501 × 50000 / 95060 = 0.78950136755733221..., rounded down at 18 places: never above the cap
        assertEquals("0.789501367557332211", units.toPlainString());
        assertTrue(inKind.capped());
    }

    @Test
    void aPolicyThatNeedsUsdRefusesAnUnpricedWithdrawalWhileInKindStillWorks() {
        List<EventFacts> eth = List.of(withdrawal("E3", T1, "ETH", "2", null));
        assertThrows(InputRefusedException.class, () -> CompensationCalculator.compute("ACC-1", eth, PRICES, Map.of(),
                new CompensationPolicy(CompensationPolicy.Kind.USD, null)));
        Figures f = CompensationCalculator.compute("ACC-1", eth, PRICES, Map.of(), CompensationPolicy.DEFAULT);
        assertEquals(0, new BigDecimal("2").compareTo(f.assets().get(0).proposedUnits()));
        assertNull(f.proposedUsdExact(), "unvalued, never zero");
    }

    @Test
    void refusesANonPositiveCap() {
        assertThrows(InputRefusedException.class,
                () -> new CompensationPolicy(CompensationPolicy.Kind.USD, BigDecimal.ZERO));
    }
}
