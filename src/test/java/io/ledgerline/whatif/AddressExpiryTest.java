package io.ledgerline.whatif;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ledgerline.testing.Events;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class AddressExpiryTest {

    private static final AddressExpiry MONTH = new AddressExpiry(Duration.ofDays(30));

    @Test
    void refusesAWithdrawalToAnAddressUnusedForExactlyTheExpiry() {
        Events e = Events.of("A").at("2024-03-01T10:00:00Z").addressAdded("x").after(Duration.ofDays(30))
                .withdrawal("x");
        List<Stop> stops = MONTH.stops(Histories.of(e));
        assertEquals(List.of(e.lastId()), Histories.ids(stops));
        assertEquals(Stop.Effect.REFUSED, stops.get(0).effect());
    }

    @Test
    void aWithdrawalJustBeforeTheExpiryGoesThroughAndUsesTheAddress() {
        Events e = Events.of("A").at("2024-03-01T10:00:00Z").addressAdded("x")
                .after(Duration.ofDays(30).minusSeconds(1)).withdrawal("x")
                .after(Duration.ofDays(29)).withdrawal("x");
        assertEquals(List.of(), MONTH.stops(Histories.of(e)));
    }

    @Test
    void anAddressNeverAddedInTheCaseIsNotJudged() {
        Events e = Events.of("A").at("2024-03-01T10:00:00Z").withdrawal("x").after(Duration.ofDays(60))
                .withdrawal("x");
        String second = e.lastId();
        assertEquals(List.of(second), Histories.ids(MONTH.stops(Histories.of(e))));
        Events never = Events.of("B").at("2024-03-01T10:00:00Z").withdrawal("y");
        assertEquals(List.of(), MONTH.stops(Histories.of(never)));
    }
}
