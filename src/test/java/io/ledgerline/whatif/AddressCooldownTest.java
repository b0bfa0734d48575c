package io.ledgerline.whatif;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ledgerline.testing.Events;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AddressCooldownTest {

    private static final AddressCooldown DAY = new AddressCooldown(Duration.ofHours(24));

    @Test
    void holdsAWithdrawalJustUnderTheCooldownUntilItEnds() {
        Events e = Events.of("A").at("2024-05-01T10:00:00Z").addressAdded("x")
                .after(Duration.ofHours(24).minusSeconds(1)).withdrawal("x");
        List<Stop> stops = DAY.stops(Histories.of(e));
        assertEquals(List.of(e.lastId()), Histories.ids(stops));
        assertEquals(Stop.Effect.HELD, stops.get(0).effect());
        assertEquals(Instant.parse("2024-05-02T10:00:00Z"), stops.get(0).releasedAt());
    }

    @Test
    void letsAWithdrawalAtExactlyTheEndOfTheCooldownThrough() {
        Events e = Events.of("A").at("2024-05-01T10:00:00Z").addressAdded("x").after(Duration.ofHours(24))
                .withdrawal("x");
        assertEquals(List.of(), DAY.stops(Histories.of(e)));
    }

    @Test
    void anAddressAddedAgainIsNewAgainAndOthersAreNotAffected() {
        Events e = Events.of("A").at("2024-05-01T10:00:00Z").addressAdded("x").addressAdded("y")
                .after(Duration.ofDays(3)).addressAdded("x").after(Duration.ofHours(1)).withdrawal("x");
        String again = e.lastId();
        e.withdrawal("y").failedWithdrawal("x");
        assertEquals(List.of(again), Histories.ids(DAY.stops(Histories.of(e))));
    }

    @Test
    void aLongerCooldownReachesFurther() {
        Events e = Events.of("A").at("2024-05-01T10:00:00Z").addressAdded("x").after(Duration.ofHours(30))
                .withdrawal("x");
        assertEquals(List.of(), DAY.stops(Histories.of(e)));
        assertEquals(1, new AddressCooldown(Duration.ofHours(48)).stops(Histories.of(e)).size());
    }
}
