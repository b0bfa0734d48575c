package io.ledgerline.analysis.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerline.domain.EventFacts;
import io.ledgerline.domain.Outcome;
import io.ledgerline.testing.Events;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class R2CredentialChangeRuleTest {

    private final R2CredentialChangeRule rule = new R2CredentialChangeRule(R2CredentialChangeRule.FACE_RETRY_WINDOW);

    private static List<String> ids(List<EventFacts> events) {
        return events.stream().map(EventFacts::eventId).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"PASSWORD_RESET", "PASSWORD_CHANGE", "EMAIL_CHANGE", "PHONE_CHANGE", "MFA_ENABLED",
        "MFA_DISABLED", "MFA_CHANGED"})
    void flagsEverySuccessfulCredentialChange(String type) {
        Events e = Events.of("A").login("phone").event(type);
        assertEquals(List.of(e.lastId()), ids(rule.flag(e.list())));
    }

    @ParameterizedTest
    @ValueSource(strings = {"failure", "pending"})
    void credentialChangeThatDidNotSucceedIsNotFlagged(String outcome) {
        Events e = Events.of("A").event("PASSWORD_CHANGE", Outcome.parse(outcome).orElseThrow());
        assertTrue(rule.flag(e.list()).isEmpty());
    }

    @ParameterizedTest(name = "pass {0} s after a failure: R2 {1}")
    @CsvSource({"60, true", "3599, true", "3600, true", "3601, false"})
    void faceCheckPassedWithinOneHourOfAFailureIsFlagged(long seconds, boolean flagged) {
        Events e = Events.of("A").event("FACE_VERIFICATION", Outcome.FAILURE)
                .after(Duration.ofSeconds(seconds)).event("FACE_VERIFICATION");
        assertEquals(flagged ? List.of(e.lastId()) : List.of(), ids(rule.flag(e.list())));
    }

    @ParameterizedTest
    @ValueSource(strings = {"KYC_UPDATE", "FACE_VERIFICATION", "LOGIN", "ADDRESS_ADDED"})
    void otherEventsAndAPassWithoutFailureAreNotFlagged(String type) {
        assertTrue(rule.flag(Events.of("A").event(type).list()).isEmpty());
    }
}
