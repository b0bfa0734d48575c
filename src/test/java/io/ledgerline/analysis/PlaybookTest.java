package io.ledgerline.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerline.domain.Price;
import io.ledgerline.domain.Verification;
import io.ledgerline.testing.Events;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlaybookTest {

    private static final RunInfo RUN = new RunInfo(Instant.parse("2024-06-01T00:00:00Z"), PlaybookSettings.defaults(),
            "test");

    private static AnalysisResult run(List<Price> prices, Events... accounts) {
        Playbook playbook = new Playbook(PlaybookSettings.defaults(), PriceBook.of(prices),
                Map.of("LR-1", Verification.FORGED, "LR-2", Verification.VERIFIED));
        for (Events e : accounts) {
            playbook.account(e.account(), e.list());
        }
        return playbook.result(RUN);
    }

    private static AnalysisResult run(Events... accounts) {
        return run(List.of(new Price("BTC", Instant.parse("2024-01-01T00:00:00Z"), "", new BigDecimal("60000"),
                Map.of(), 1)), accounts);
    }

    @Test
    void decoysAreNotFlagged() {
        Events passwordChangeOnly = Events.of("D1").login("home").after(Duration.ofDays(1)).event("PASSWORD_CHANGE")
                .after(Duration.ofDays(1)).withdrawal("old-address");
        Events addressUsedThreeDaysLater = Events.of("D2").login("home").after(Duration.ofHours(1))
                .addressAdded("cold").after(Duration.ofDays(3)).withdrawal("cold");
        Events newDeviceOldAddress = Events.of("D3").login("home").addressAdded("known")
                .after(Duration.ofDays(30)).login("new-phone").after(Duration.ofHours(2)).withdrawal("known");
        AnalysisResult result = run(passwordChangeOnly, addressUsedThreeDaysLater, newDeviceOldAddress);
        assertEquals(List.of(), result.compromised());
        assertEquals(List.of(), result.clusters());
        assertEquals(0, BigDecimal.ZERO.compareTo(result.totalLossUsdExact()));
    }

    @Test
    void unauthorizedWithdrawalsGoToAddressesAddedInsideTheWindow() {
        Events e = Events.of("A").login("home").addressAdded("known")
                .after(Duration.ofDays(10)).event("PHONE_CHANGE")
                .after(Duration.ofMinutes(30)).addressAdded("drop")
                .after(Duration.ofMinutes(30)).withdrawal("known")
                .after(Duration.ofMinutes(30)).withdrawal("drop");
        String drop = e.lastId();
        e.after(Duration.ofMinutes(1)).failedWithdrawal("drop");
        CompromisedAccount a = run(e).compromised().get(0);
        assertEquals("A", a.accountId());
        assertEquals(List.of(drop), a.unauthorizedWithdrawals());
        assertEquals(Map.of("BTC", new BigDecimal("0.5005")), a.loss().byAsset());
        assertEquals(new BigDecimal("30030.00"), a.lossUsd());
        assertEquals(1, a.cluster());
    }

    @Test
    void totalIsRoundedOnceFromTheExactSum() {
        // 0.0166666675 BTC × 60000 = 1000.00005; with the other two accounts' exact losses the sum is 1000.125
        Events a = Events.takeover("A", "1.1.1.1", "dev-a", "drop-a");
        Events b = Events.takeover("B", "2.2.2.2", "dev-b", "drop-b");
        Events c = Events.takeover("C", "3.3.3.3", "dev-c", "drop-c");
        a.after(Duration.ofMinutes(1)).withdrawal("drop-a", "USD1", "1000.00005", null);
        b.after(Duration.ofMinutes(1)).withdrawal("drop-b", "USD1", "0.0625", null);
        c.after(Duration.ofMinutes(1)).withdrawal("drop-c", "USD1", "0.06245", null);
        List<Price> prices = List.of(new Price("USD1", Instant.parse("2024-01-01T00:00:00Z"), "", BigDecimal.ONE,
                Map.of(), 1));
        AnalysisResult result = run(prices, a, b, c);
        assertEquals(List.of(new BigDecimal("1000.00"), new BigDecimal("0.06"), new BigDecimal("0.06")),
                result.compromised().stream().map(CompromisedAccount::lossUsd).toList());
        assertEquals(0, new BigDecimal("1000.125").compareTo(result.totalLossUsdExact()));
        assertEquals(new BigDecimal("1000.12"), result.totalLossUsd());
        // the BTC withdrawals of the takeovers have no BTC price here: unvalued, never zero
        assertEquals(List.of("A-5"), result.compromised().get(0).loss().unvalued());
    }

    @Test
    void clustersAreTransitive() {
        Events a = Events.takeover("A", "1.1.1.1", "shared-device", "drop-a");
        Events b = Events.takeover("B", "2.2.2.2", "shared-device", "shared-drop");
        Events c = Events.takeover("C", "3.3.3.3", "dev-c", "shared-drop");
        Events d = Events.takeover("D", "4.4.4.4", "dev-d", "drop-d");
        AnalysisResult result = run(d, c, b, a);
        assertEquals(List.of(List.of("A", "B", "C"), List.of("D")), result.clusters());
        assertEquals(List.of(1, 1, 1, 2), result.compromised().stream().map(CompromisedAccount::cluster).toList());
        assertEquals(List.of("A", "B", "C", "D"),
                result.compromised().stream().map(CompromisedAccount::accountId).toList());
    }

    @Test
    void infrastructureSharedOutsideTheWindowsDoesNotLink() {
        // both owners once logged in from the same café ip, weeks before their takeovers
        Events a = Events.of("A").at("2024-04-01T00:00:00Z").from("9.9.9.9", "cafe-pc").login("cafe-pc");
        Events b = Events.of("B").at("2024-04-01T00:00:00Z").from("9.9.9.9", "cafe-pc").login("cafe-pc");
        for (Events e : List.of(a, b)) {
            String n = e.account();
            e.after(Duration.ofDays(20)).from(n + ".attacker", null).event("PASSWORD_RESET")
                    .after(Duration.ofMinutes(5)).addressAdded("drop-" + n)
                    .after(Duration.ofMinutes(5)).withdrawal("drop-" + n);
        }
        AnalysisResult result = run(a, b);
        assertEquals(List.of(List.of("A"), List.of("B")), result.clusters());
    }

    @Test
    void unsafeDisclosuresAreListedOnceSorted() {
        Events a = Events.of("A").disclosure("LR-1").disclosure("LR-2");
        Events b = Events.of("B").disclosure("LR-1");
        AnalysisResult result = run(a, b);
        assertEquals(List.of("LR-1"), result.unsafeDisclosures());
        assertTrue(result.compromised().isEmpty());
    }

    @Test
    void onlyUnvaluedLossesGiveNoTotalRatherThanZero() {
        AnalysisResult result = run(List.of(), Events.takeover("A", "1.1.1.1", "dev", "drop"));
        assertNull(result.totalLossUsdExact());
        assertNull(result.compromised().get(0).lossUsd());
    }
}
