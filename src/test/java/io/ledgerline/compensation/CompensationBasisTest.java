package io.ledgerline.compensation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.ledgerline.analysis.AccountLoss;
import io.ledgerline.analysis.PriceBook;
import io.ledgerline.analysis.ReviewStatus;
import io.ledgerline.analysis.ReviewedAccount;
import io.ledgerline.analysis.ReviewedResult;
import io.ledgerline.domain.Category;
import io.ledgerline.domain.Event;
import io.ledgerline.domain.EventFacts;
import io.ledgerline.domain.Outcome;
import io.ledgerline.domain.RecoveredEntry;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The workbook's lines net recovered units by the proposals' rule ({@link CompensationCalculator#net}). */
class CompensationBasisTest {

    static final Instant T1 = CompensationCalculatorTest.T1;
    static final Instant T2 = CompensationCalculatorTest.T2;
    static final PriceBook PRICES = CompensationCalculatorTest.PRICES;

    static Event withdrawal(String id, Instant at, String amount, String fee) {
        return new Event(id, "ACC-1", at, at.toString(), "WITHDRAWAL", Category.FUNDS, Outcome.SUCCESS, null, null,
                null, null, null, "BTC", new BigDecimal(amount), fee == null ? null : new BigDecimal(fee), "drop",
                null, "tx-" + id, null, null, Map.of(), 1);
    }

    /** E1: 1.001 BTC at 60000, E2: 0.5 BTC at 70000; 1.001 BTC recovered. */
    private static Compensation basis(BigDecimal recovered) {
        List<Event> events = List.of(withdrawal("E1", T1, "1", "0.001"), withdrawal("E2", T2, "0.5", null));
        List<EventFacts> facts = events.stream().map(EventFacts::of).toList();
        ReviewedAccount account = new ReviewedAccount("ACC-1", null, ReviewStatus.CONFIRMED, List.of("E1", "E2"),
                AccountLoss.of(facts, PRICES));
        ReviewedResult reviewed = new ReviewedResult(null, List.of(account), List.of(),
                account.loss().usdExact());
        Map<AccountAsset, RecoveredEntry> entered = Map.of(new AccountAsset("ACC-1", "BTC"), new RecoveredEntry(1,
                "ACC-1", "BTC", recovered, T2, "alice", "returned by the destination exchange"));
        return CompensationBasis.of(reviewed, events.stream().collect(Collectors.toMap(Event::eventId,
                Function.identity())), PRICES, entered, Map.of(), Map.of());
    }

    @Test
    void recoveredUnitsOffsetTheEarliestWithdrawalsAtTheirOwnPricesAsInAProposal() {
        BigDecimal recovered = new BigDecimal("1.001");
        CompensationLine line = basis(recovered).lines().get(0);
        assertEquals(0, new BigDecimal("95060").compareTo(line.usdExact()), "1.001 × 60000 + 0.5 × 70000");
        // an average price would have given 95060 × 1.001 / 1.501 = 63393.60…; earliest first it is E1's 60060
        assertEquals(0, new BigDecimal("60060").compareTo(line.recoveredUsdExact()));
        assertEquals(0, new BigDecimal("35000").compareTo(line.netLossUsdExact()));

        Figures proposal = CompensationCalculator.compute("ACC-1", List.of(
                EventFacts.of(withdrawal("E1", T1, "1", "0.001")), EventFacts.of(withdrawal("E2", T2, "0.5", null))),
                PRICES, Map.of("BTC", recovered), new CompensationPolicy(CompensationPolicy.Kind.USD, null));
        assertEquals(0, proposal.assets().get(0).netUsdExact().compareTo(line.netLossUsdExact()),
                "the workbook's net loss is the proposal's");
        assertEquals(proposal.proposedUsd(), line.netLossUsd());
    }

    @Test
    void aRecoveryAboveTheLossLeavesNothingToCompensate() {
        CompensationLine line = basis(new BigDecimal("2")).lines().get(0);
        assertEquals(0, BigDecimal.ZERO.compareTo(line.netLossUsdExact()));
        assertEquals(0, line.usdExact().compareTo(line.recoveredUsdExact()));
    }

    @Test
    void nothingRecoveredLeavesTheWholeLoss() {
        Compensation c = basis(BigDecimal.ZERO);
        assertEquals(0, c.lossUsdExact().compareTo(c.netLossUsdExact()));
        assertEquals(0, BigDecimal.ZERO.compareTo(c.recoveredUsdExact()));
        assertNull(c.lines().get(0).singlePrice().orElse(null), "two prices: see the Withdrawals sheet");
    }
}
