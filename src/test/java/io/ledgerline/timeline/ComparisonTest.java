package io.ledgerline.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerline.analysis.CompromiseWindow;
import io.ledgerline.domain.EpochMicros;
import io.ledgerline.testing.Events;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ComparisonTest {

    private static final long HOUR = 3_600_000_000L;

    /** An account whose data was disclosed at {@code disclosed} and taken over from 3 h later for 2 h. */
    private static ComparedAccount victim(String id, String disclosed) {
        Events e = Events.of(id).at(disclosed).disclosure("LR-1").after(Duration.ofHours(3)).event("PHONE_CHANGE")
                .after(Duration.ofHours(2)).withdrawal("drop");
        Instant start = Instant.parse(disclosed).plus(Duration.ofHours(3));
        return new ComparedAccount(Timelines.of(e.list(), Optional.of(new CompromiseWindow(start,
                start.plus(Duration.ofHours(2)))), Set.of(id + "-3")), "");
    }

    @Test
    void alignedOnDisclosuresTwoAttacksDaysApartLieOnTopOfEachOther() {
        ComparedAccount a = victim("A", "2024-05-20T08:00:00Z");
        ComparedAccount b = victim("B", "2024-05-24T17:30:00Z");
        assertEquals(EpochMicros.of(Instant.parse("2024-05-20T08:00:00Z")), a.origin());
        assertTrue(a.hasDisclosure());
        Viewport relative = ComparisonPainter.fitAttacks(List.of(a, b), Alignment.FROM_DISCLOSURE);
        assertTrue(relative.contains(0) && relative.contains(5 * HOUR) && relative.span() < 6 * HOUR,
                "both attacks span 0 .. +5 h: " + relative);
        Viewport calendar = ComparisonPainter.fitAttacks(List.of(a, b), Alignment.WALL_CLOCK);
        assertTrue(calendar.span() > 4 * 24 * HOUR, "on the calendar they are days apart: " + calendar);
    }

    @Test
    void anAccountWithoutDisclosureIsAlignedOnItsWindowStart() {
        Events e = Events.of("C").at("2024-05-20T08:00:00Z").event("PHONE_CHANGE").after(Duration.ofHours(1))
                .withdrawal("drop");
        Instant start = Instant.parse("2024-05-20T08:00:00Z");
        ComparedAccount c = new ComparedAccount(Timelines.of(e.list(), Optional.of(new CompromiseWindow(start,
                start.plus(Duration.ofHours(1)))), Set.of()), "");
        assertFalse(c.hasDisclosure());
        assertEquals(EpochMicros.of(start), c.origin());
    }

    @Test
    void relativeLabelsReadAsDurationsFromTheDisclosure() {
        assertEquals("0 (disclosure)", RelativeTicks.label(0));
        assertEquals("+6 h", RelativeTicks.label(6 * HOUR));
        assertEquals("−1 d 6 h", RelativeTicks.label(-30 * HOUR));
        assertEquals("+45 min", RelativeTicks.label(45 * 60_000_000L));
        List<AxisTick> ticks = RelativeTicks.of(new Viewport(-2 * HOUR, 10 * HOUR), 1200, 90);
        assertTrue(ticks.stream().anyMatch(t -> t.micros() == 0 && t.major()), ticks.toString());
    }
}
