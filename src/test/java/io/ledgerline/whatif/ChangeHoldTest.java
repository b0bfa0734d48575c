package io.ledgerline.whatif;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ledgerline.domain.Outcome;
import io.ledgerline.testing.Events;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChangeHoldTest {

    private static final ChangeHold DAY = new ChangeHold(Duration.ofHours(24));

    @ParameterizedTest
    @ValueSource(strings = {"PHONE_CHANGE", "EMAIL_CHANGE", "PASSWORD_CHANGE", "PASSWORD_RESET", "MFA_DISABLED",
        "MFA_CHANGED", "MFA_ENABLED", "FACE_VERIFICATION"})
    void holdsAWithdrawalJustUnderTheHoldAfterEachKindOfChange(String change) {
        Events e = Events.of("A").at("2024-05-01T10:00:00Z").addressAdded("x").after(Duration.ofDays(5))
                .event(change).after(Duration.ofHours(24).minusSeconds(1)).withdrawal("x");
        List<Stop> stops = DAY.stops(Histories.of(e));
        assertEquals(List.of(e.lastId()), Histories.ids(stops));
        assertEquals(Instant.parse("2024-05-07T10:00:00Z"), stops.get(0).releasedAt());
    }

    @Test
    void releasesAtExactlyTheEndAndIgnoresFailedChangesAndOtherEvents() {
        Events e = Events.of("A").at("2024-05-01T10:00:00Z").addressAdded("x").event("PHONE_CHANGE")
                .after(Duration.ofHours(24)).withdrawal("x")
                .event("PASSWORD_CHANGE", Outcome.FAILURE).event("KYC_UPDATE").login("d1")
                .after(Duration.ofHours(1)).withdrawal("x");
        assertEquals(List.of(), DAY.stops(Histories.of(e)));
    }

    @Test
    void theLatestChangeSetsTheRelease() {
        Events e = Events.of("A").at("2024-05-01T10:00:00Z").event("PHONE_CHANGE").after(Duration.ofHours(5))
                .event("MFA_DISABLED").after(Duration.ofHours(1)).withdrawal("x");
        assertEquals(Instant.parse("2024-05-02T15:00:00Z"), DAY.stops(Histories.of(e)).get(0).releasedAt());
    }
}
