package io.ledgerline.analysis.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerline.domain.EventFacts;
import io.ledgerline.domain.Outcome;
import io.ledgerline.testing.Events;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class R1NewDeviceRuleTest {

    private final R1NewDeviceRule rule = new R1NewDeviceRule(true);

    @Test
    void flagsSuccessfulLoginFromUnseenDevice() {
        Events e = Events.of("A").login("phone").after(Duration.ofDays(1)).login("laptop");
        List<EventFacts> flagged = rule.flag(e.list());
        assertEquals(List.of(e.lastId()), flagged.stream().map(EventFacts::eventId).toList());
    }

    @Test
    void firstDeviceTheAccountEverShowsIsNotNew() {
        assertTrue(rule.flag(Events.of("A").login("phone").after(Duration.ofDays(1)).login("phone").list())
                .isEmpty());
    }

    @Test
    void deviceSeenOnAnyEarlierEventIsNotNew() {
        Events e = Events.of("A").login("phone").from("10.0.0.1", "laptop").event("LOGIN_FAILED", Outcome.FAILURE)
                .after(Duration.ofMinutes(5)).login("laptop");
        assertTrue(rule.flag(e.list()).isEmpty());
    }

    @Test
    void failedLoginFromNewDeviceIsNotFlagged() {
        Events e = Events.of("A").login("phone").from("10.0.0.2", "laptop").event("LOGIN", Outcome.FAILURE);
        assertTrue(rule.flag(e.list()).isEmpty());
    }

    @Test
    void loginWithoutDeviceIsNotFlagged() {
        assertTrue(rule.flag(Events.of("A").login("phone").from("10.0.0.2", null).event("LOGIN").list()).isEmpty());
    }

    @Test
    void disabledRuleFlagsNothing() {
        Events e = Events.of("A").login("phone").after(Duration.ofDays(1)).login("laptop");
        assertTrue(new R1NewDeviceRule(false).flag(e.list()).isEmpty());
    }
}
