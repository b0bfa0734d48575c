package io.ledgerline.whatif;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ledgerline.domain.EventFacts;
import io.ledgerline.testing.Events;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class NewCountryStepUpTest {

    /** Logins from 10.x come from DE, from 185.x from RO. */
    private static final Function<EventFacts, String> COUNTRY = e -> e.ip().startsWith("10.") ? "DE" : "RO";

    private static Events ownerThenStranger(String strangerIp, String strangerDevice) {
        return Events.of("A").at("2024-05-01T10:00:00Z").from("10.0.0.1", "home").login("home")
                .after(Duration.ofDays(10)).from(strangerIp, strangerDevice).login(strangerDevice);
    }

    @Test
    void refusesANewDeviceFromANewCountry() {
        Events e = ownerThenStranger("185.1.1.1", "evil");
        List<Stop> stops = NewCountryStepUp.DEFAULTS.stops(Histories.of(e, COUNTRY));
        assertEquals(List.of(e.lastId()), Histories.ids(stops));
        assertEquals(Stop.Effect.REFUSED, stops.get(0).effect());
    }

    @Test
    void aNewDeviceAtHomeOrAKnownDeviceAbroadIsNotSteppedUp() {
        assertEquals(List.of(), NewCountryStepUp.DEFAULTS.stops(Histories.of(ownerThenStranger("10.0.0.9", "phone"),
                COUNTRY)));
        assertEquals(List.of(), NewCountryStepUp.DEFAULTS.stops(Histories.of(ownerThenStranger("185.1.1.1", "home"),
                COUNTRY)));
    }

    @Test
    void aFactorChangedWithinTheWindowBeforeMakesTheStepUpAnswerable() {
        Events e = Events.of("A").at("2024-05-01T10:00:00Z").from("10.0.0.1", "home").login("home")
                .after(Duration.ofDays(10)).from("185.1.1.1", null).event("PHONE_CHANGE")
                .after(Duration.ofHours(72)).from("185.1.1.1", "evil").login("evil");
        assertEquals(Stop.Effect.CHALLENGED,
                NewCountryStepUp.DEFAULTS.stops(Histories.of(e, COUNTRY)).get(0).effect());
        NewCountryStepUp shorter = new NewCountryStepUp(Duration.ofHours(71));
        assertEquals(Stop.Effect.REFUSED, shorter.stops(Histories.of(e, COUNTRY)).get(0).effect());
        NewCountryStepUp trusted = new NewCountryStepUp(Duration.ZERO);
        assertEquals(Stop.Effect.REFUSED, trusted.stops(Histories.of(e, COUNTRY)).get(0).effect());
    }

    @Test
    void theFirstLoginOfAnAccountIsNeverNew() {
        Events e = Events.of("A").at("2024-05-01T10:00:00Z").from("185.1.1.1", "evil").login("evil");
        assertEquals(List.of(), NewCountryStepUp.DEFAULTS.stops(Histories.of(e, COUNTRY)));
    }
}
