package io.ledgerline.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerline.testing.Events;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompromiseWindowTest {

    private final AccountPlaybook playbook = new AccountPlaybook(PlaybookSettings.defaults());

    private Optional<CompromiseWindow> window(Events e) {
        return playbook.judge(e.account(), e.list()).map(AccountFinding::window);
    }

    @ParameterizedTest(name = "R3 withdrawal {0} after the R2 event: compromise {1}")
    @CsvSource({"PT1H, true", "PT71H59M59S, true", "PT72H, true", "PT72H0M1S, false"})
    void withdrawalWithin72HoursIncludedOfCredentialChangeIsACompromise(String gap, boolean compromised) {
        Duration d = Duration.parse(gap);
        Events e = Events.of("A").event("PASSWORD_CHANGE").after(d.minusMinutes(30)).addressAdded("drop")
                .after(Duration.ofMinutes(30)).withdrawal("drop");
        assertEquals(compromised, window(e).isPresent());
    }

    @Test
    void windowRunsFromEarliestR1R2InLookbackToLastR3Withdrawal() {
        Events e = Events.of("A").at("2024-05-01T00:00:00Z").event("EMAIL_CHANGE")
                .after(Duration.ofHours(1)).event("PASSWORD_CHANGE")
                .after(Duration.ofHours(1)).addressAdded("drop")
                .after(Duration.ofHours(1)).withdrawal("drop")
                .after(Duration.ofHours(5)).withdrawal("drop");
        assertEquals(new CompromiseWindow(Instant.parse("2024-05-01T00:00:00Z"), Instant.parse("2024-05-01T08:00:00Z")),
                window(e).orElseThrow());
    }

    @Test
    void freezeAfterTheLastWithdrawalEndsTheWindow() {
        Events e = Events.of("A").at("2024-05-01T00:00:00Z").event("PASSWORD_CHANGE")
                .after(Duration.ofHours(1)).addressAdded("drop")
                .after(Duration.ofHours(1)).withdrawal("drop")
                .after(Duration.ofHours(3)).event("ACCOUNT_FROZEN");
        assertEquals(Instant.parse("2024-05-01T05:00:00Z"), window(e).orElseThrow().end());
    }

    @Test
    void credentialChangeLongBeforeTheLookbackDoesNotStartTheWindow() {
        Events e = Events.of("A").at("2024-05-01T00:00:00Z").event("PASSWORD_CHANGE")
                .after(Duration.ofDays(10)).event("MFA_CHANGED")
                .after(Duration.ofHours(1)).addressAdded("drop")
                .after(Duration.ofHours(1)).withdrawal("drop");
        assertEquals(Instant.parse("2024-05-11T00:00:00Z"), window(e).orElseThrow().start());
    }

    @Test
    void bothEndsAreIncluded() {
        CompromiseWindow w = new CompromiseWindow(Instant.parse("2024-05-01T00:00:00Z"),
                Instant.parse("2024-05-02T00:00:00Z"));
        assertTrue(w.contains(w.start()));
        assertTrue(w.contains(w.end()));
        assertFalse(w.contains(w.end().plusNanos(1)));
        assertFalse(w.contains(w.start().minusNanos(1)));
    }
}
