package io.ledgerline.whatif;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ledgerline.domain.Outcome;
import io.ledgerline.testing.Events;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FaceCheckLockTest {

    private static Events failThenPass(Duration gap) {
        return Events.of("A").at("2024-05-01T10:00:00Z").event("FACE_VERIFICATION", Outcome.FAILURE).after(gap)
                .event("FACE_VERIFICATION");
    }

    @Test
    void holdsAPassJustInsideTheLockUntilItEnds() {
        Events e = failThenPass(Duration.ofHours(24).minusSeconds(1));
        List<Stop> stops = FaceCheckLock.DEFAULTS.stops(Histories.of(e));
        assertEquals(List.of(e.lastId()), Histories.ids(stops));
        assertEquals(StopKind.FACE_CHECK, stops.get(0).kind());
        assertEquals(Instant.parse("2024-05-02T10:00:00Z"), stops.get(0).releasedAt());
    }

    @Test
    void aPassAtExactlyTheEndOfTheLockCounts() {
        assertEquals(List.of(), FaceCheckLock.DEFAULTS.stops(Histories.of(failThenPass(Duration.ofHours(24)))));
    }

    @Test
    void manualReviewRefusesThePass() {
        FaceCheckLock manual = new FaceCheckLock(1, Duration.ofHours(24), true);
        assertEquals(Stop.Effect.REFUSED,
                manual.stops(Histories.of(failThenPass(Duration.ofMinutes(5)))).get(0).effect());
    }

    @Test
    void locksOnlyAfterTheGivenFailuresInARow() {
        FaceCheckLock two = new FaceCheckLock(2, Duration.ofHours(24), false);
        assertEquals(List.of(), two.stops(Histories.of(failThenPass(Duration.ofMinutes(5)))));
        Events interrupted = Events.of("A").at("2024-05-01T10:00:00Z").event("FACE_VERIFICATION", Outcome.FAILURE)
                .after(Duration.ofMinutes(1)).event("FACE_VERIFICATION")
                .after(Duration.ofMinutes(1)).event("FACE_VERIFICATION", Outcome.FAILURE)
                .after(Duration.ofMinutes(1)).event("FACE_VERIFICATION");
        assertEquals(List.of(), two.stops(Histories.of(interrupted)));
        Events twice = Events.of("A").at("2024-05-01T10:00:00Z").event("FACE_VERIFICATION", Outcome.FAILURE)
                .after(Duration.ofMinutes(1)).event("FACE_VERIFICATION", Outcome.FAILURE)
                .after(Duration.ofMinutes(1)).event("FACE_VERIFICATION");
        assertEquals(List.of(twice.lastId()), Histories.ids(two.stops(Histories.of(twice))));
    }
}
