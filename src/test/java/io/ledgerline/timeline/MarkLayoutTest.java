package io.ledgerline.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerline.domain.Category;
import io.ledgerline.domain.EpochMicros;
import io.ledgerline.domain.Outcome;
import io.ledgerline.testing.Events;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkLayoutTest {

    /** 60 logins a minute apart, then a withdrawal an hour after the last, then a failed login. */
    private static AccountTimeline busyHour() {
        Events e = Events.of("ACC-1").at("2024-05-20T10:00:00Z");
        for (int i = 0; i < 60; i++) {
            e.login("dev-1").after(Duration.ofMinutes(1));
        }
        e.after(Duration.ofHours(1)).withdrawal("addr").after(Duration.ofSeconds(30)).event("LOGIN_FAILED",
                Outcome.FAILURE);
        return Timelines.of(e.list());
    }

    private static int total(List<Mark> marks) {
        return marks.stream().mapToInt(Mark::count).sum();
    }

    @Test
    void denseMarksMergeIntoACountWhenZoomedOutAndSplitWhenZoomedIn() {
        AccountTimeline t = busyHour();
        TimelineScene scene = Timelines.scene(t);
        Viewport all = t.fitAll();
        List<Mark> out = MarkLayout.layout(t, scene.shown(), all, 100, 10);
        assertEquals(t.size(), total(out), "every shown event is in exactly one mark");
        assertTrue(out.stream().anyMatch(m -> m.count() > 10), "logins a minute apart merge at 100 px: " + out);

        Viewport tenMinutes = new Viewport(t.micros(0), t.micros(10));
        List<Mark> in = MarkLayout.layout(t, scene.shown(), tenMinutes, 1000, 10);
        assertEquals(10, in.size(), "ten logins, 100 px apart, each its own mark");
        assertTrue(in.stream().allMatch(Mark::single));
    }

    @Test
    void lanesNeverMergeAndMarksCountFailures() {
        AccountTimeline t = busyHour();
        TimelineScene scene = Timelines.scene(t);
        List<Mark> marks = MarkLayout.layout(t, scene.shown(), t.fitAll(), 100, 10);
        for (Category lane : Category.values()) {
            long inLane = java.util.stream.IntStream.range(0, t.size()).filter(i -> t.lane(i) == lane).count();
            int marked = marks.stream().filter(m -> m.lane() == lane.ordinal()).mapToInt(Mark::count).sum();
            assertEquals(inLane, marked, "a lane's marks count exactly its own events: " + lane);
            assertTrue(marks.stream().filter(m -> m.lane() == lane.ordinal())
                    .allMatch(m -> t.lane(m.first()) == lane && t.lane(m.last()) == lane));
        }
        Mark funds = marks.stream().filter(m -> m.lane() == Category.FUNDS.ordinal()).findFirst().orElseThrow();
        assertEquals(1, funds.count());
        int failures = marks.stream().mapToInt(Mark::failures).sum();
        assertEquals(1, failures, "the failed login");
    }

    @Test
    void onlyEventsInsideTheViewAndShownByTheFilterAreLaidOut() {
        AccountTimeline t = busyHour();
        Viewport firstHalfHour = new Viewport(t.micros(0), t.micros(30));
        TimelineScene scene = Timelines.scene(t);
        assertEquals(30, total(MarkLayout.layout(t, scene.shown(), firstHalfHour, 800, 10)));
        TimelineScene funds = scene.with(scene.annotations(), EventFilter.ALL.withType("WITHDRAWAL"));
        List<Mark> marks = MarkLayout.layout(t, funds.shown(), t.fitAll(), 800, 10);
        assertEquals(1, total(marks));
        assertEquals("WITHDRAWAL", t.entry(marks.get(0).first()).facts().type());
    }

    @Test
    void aClickFindsTheNearestMarkOfItsLaneWithinTolerance() {
        AccountTimeline t = busyHour();
        Viewport tenMinutes = new Viewport(t.micros(0), t.micros(10));
        List<Mark> marks = MarkLayout.layout(t, Timelines.scene(t).shown(), tenMinutes, 1000, 10);
        Mark third = marks.get(2);
        assertEquals(third, MarkLayout.at(marks, third.lane(), third.x() + 4, 10));
        assertEquals(null, MarkLayout.at(marks, Category.FUNDS.ordinal(), third.x(), 10));
        assertEquals(null, MarkLayout.at(marks, third.lane(), third.x() + 50, 10));
        assertEquals(EpochMicros.of(t.entry(2).facts().occurredAt()), t.micros(third.first()));
    }
}
