package io.ledgerline.whatif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.ledgerline.analysis.AccountFinding;
import io.ledgerline.analysis.Playbook;
import io.ledgerline.analysis.PlaybookSettings;
import io.ledgerline.analysis.PriceBook;
import io.ledgerline.domain.EventFacts;
import io.ledgerline.domain.Price;
import io.ledgerline.testing.Events;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AttackReplayTest {

    private static final PriceBook PRICES = PriceBook.of(List.of(new Price("BTC",
            Instant.parse("2024-04-01T00:00:00Z"), "2024-04-01T00:00:00Z", new BigDecimal("60000"), Map.of(), 2)));

    /** A disclosure two days before the takeover: the owner's login, then password reset, login, address, payout. */
    private static Events takeover() {
        return Events.of("V").at("2024-05-01T08:00:00Z").login("owner").disclosure("LR-FORGED")
                .after(Duration.ofDays(2)).from("185.1.1.1", null).event("PASSWORD_RESET")
                .after(Duration.ofMinutes(10)).from("185.1.1.1", "evil").login("evil")
                .after(Duration.ofMinutes(10)).addressAdded("drop")
                .after(Duration.ofHours(1)).withdrawal("drop");
    }

    private static AccountOutcome replay(Events e, List<Stop> stops) {
        AccountFinding finding = new Playbook(PlaybookSettings.defaults(), PRICES, Map.of()).judge("V", e.list())
                .orElseThrow();
        return AttackReplay.replay(finding, stops, Histories.of(e), PRICES);
    }

    private static EventFacts event(Events e, String type) {
        return e.list().stream().filter(f -> f.type().equals(type)).reduce((a, b) -> b).orElseThrow();
    }

    @Test
    void aRefusedWithdrawalIsBlockedAndItsLossPreventedAtThePlaybooksPrice() {
        Events e = takeover();
        AccountOutcome o = replay(e, List.of(Stop.refused(event(e, "WITHDRAWAL"), StopKind.WITHDRAWAL)));
        assertEquals(Verdict.BLOCKED, o.withdrawals().get(0).verdict());
        assertEquals(0, new BigDecimal("30030").compareTo(o.prevented().usdExact()));
        assertEquals(o.loss(), o.prevented());
        assertEquals(event(e, "WITHDRAWAL").eventId(), o.stoppedAt().eventId());
    }

    @Test
    void aHoldPreventsTheLossOnlyWhenTheAccountIsFrozenBeforeItEnds() {
        Events e = takeover();
        EventFacts w = event(e, "WITHDRAWAL");
        e.after(Duration.ofHours(5)).event("ACCOUNT_FROZEN");
        Instant frozen = e.now();
        AccountOutcome past = replay(e, List.of(Stop.heldUntil(w, StopKind.WITHDRAWAL, frozen)));
        assertEquals(Verdict.HELD_PAST_FREEZE, past.withdrawals().get(0).verdict());
        assertEquals(frozen, past.withdrawals().get(0).frozenAt());
        AccountOutcome delayed = replay(e, List.of(Stop.heldUntil(w, StopKind.WITHDRAWAL, frozen.minusSeconds(1))));
        assertEquals(Verdict.DELAYED, delayed.withdrawals().get(0).verdict());
        assertNull(delayed.stoppedAt());
        assertEquals(BigDecimal.ZERO, delayed.prevented().usdExact());
    }

    @Test
    void aWithheldDisclosureBeforeTheTakeoverStopsItThere() {
        Events e = takeover();
        EventFacts disclosure = event(e, "DATA_DISCLOSURE");
        AccountOutcome o = replay(e, List.of(Stop.refused(disclosure, StopKind.DISCLOSURE)));
        assertEquals(Verdict.BLOCKED, o.withdrawals().get(0).verdict());
        assertEquals(disclosure.eventId(), o.stoppedAt().eventId());
        assertEquals(disclosure.occurredAt(), o.stoppedAt().at());
    }

    @Test
    void aDisclosureAfterTheTakeoverBeganWasNotWhatTheAttackNeeded() {
        Events e = takeover();
        Events late = Events.of("V").at("2024-05-01T08:00:00Z").login("owner")
                .after(Duration.ofDays(2)).from("185.1.1.1", null).event("PASSWORD_RESET")
                .after(Duration.ofMinutes(5)).disclosure("LR-FORGED")
                .after(Duration.ofMinutes(5)).from("185.1.1.1", "evil").login("evil")
                .after(Duration.ofMinutes(10)).addressAdded("drop")
                .after(Duration.ofHours(1)).withdrawal("drop");
        AccountOutcome o = replay(late, List.of(Stop.refused(event(late, "DATA_DISCLOSURE"), StopKind.DISCLOSURE)));
        assertEquals(Verdict.NOT_STOPPED, o.withdrawals().get(0).verdict());
        assertEquals(1, replay(e, List.of()).count(Verdict.NOT_STOPPED));
    }

    @Test
    void aRefusedLoginInsideTheWindowStopsWhatFollowsButAnAnswerableChallengeDoesNot() {
        Events e = takeover();
        EventFacts login = event(e, "LOGIN");
        AccountOutcome refused = replay(e, List.of(Stop.refused(login, StopKind.LOGIN)));
        assertEquals(Verdict.BLOCKED, refused.withdrawals().get(0).verdict());
        assertEquals(login.eventId(), refused.stoppedAt().eventId());
        AccountOutcome challenged = replay(e, List.of(Stop.challenged(login, StopKind.LOGIN)));
        assertEquals(Verdict.NOT_STOPPED, challenged.withdrawals().get(0).verdict());
    }
}
