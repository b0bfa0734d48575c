package io.ledgerline.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerline.domain.EpochMicros;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class AxisTicksTest {

    private static long micros(String instant) {
        return EpochMicros.of(Instant.parse(instant));
    }

    private static List<String> labels(List<AxisTick> ticks) {
        return ticks.stream().map(AxisTick::label).toList();
    }

    @Test
    void labelsAdaptFromYearsToMilliseconds() {
        List<AxisTick> decade = AxisTicks.of(new Viewport(micros("2015-06-01T00:00:00Z"),
                micros("2025-06-01T00:00:00Z")), 1000, ZoneOffset.UTC, 80);
        assertEquals(List.of("2016", "2017", "2018", "2019", "2020", "2021", "2022", "2023", "2024", "2025"),
                labels(decade));

        List<AxisTick> day = AxisTicks.of(new Viewport(micros("2024-05-20T00:00:00Z"),
                micros("2024-05-21T00:00:00Z")), 1000, ZoneOffset.UTC, 80);
        assertEquals("20 May 2024", day.get(0).label(), "midnight starts a day: a major tick naming it");
        assertTrue(day.get(0).major());
        assertEquals("03:00", day.get(1).label());
        assertFalse(day.get(1).major());

        List<AxisTick> second = AxisTicks.of(new Viewport(micros("2024-05-20T10:00:00Z"),
                micros("2024-05-20T10:00:01Z")), 1000, ZoneOffset.UTC, 80);
        assertEquals("10:00:00.000", second.get(0).label());
        assertEquals("00.100", second.get(1).label());
        assertEquals(10, second.size());
    }

    @Test
    void ticksKeepTheirMinimumGapAndStayInsideTheView() {
        Viewport v = new Viewport(micros("2024-03-01T00:00:00Z"), micros("2024-06-01T00:00:00Z"));
        List<AxisTick> ticks = AxisTicks.of(v, 1200, ZoneOffset.UTC, 90);
        for (int i = 1; i < ticks.size(); i++) {
            double gap = v.x(ticks.get(i).micros(), 1200) - v.x(ticks.get(i - 1).micros(), 1200);
            assertTrue(gap >= 85, "gap " + gap + " before " + ticks.get(i));
        }
        assertTrue(ticks.stream().allMatch(t -> v.contains(t.micros())));
        assertTrue(labels(ticks).contains("Apr 2024") || labels(ticks).contains("Apr"), labels(ticks).toString());
    }

    @Test
    void ticksFollowTheChosenZonesCalendar() {
        ZoneId seoul = ZoneId.of("Asia/Seoul"); // UTC+9, no daylight saving
        Viewport v = new Viewport(micros("2024-05-20T00:00:00Z"), micros("2024-05-21T00:00:00Z"));
        List<AxisTick> ticks = AxisTicks.of(v, 1000, seoul, 80);
        AxisTick midnight = ticks.stream().filter(AxisTick::major).findFirst().orElseThrow();
        assertEquals(micros("2024-05-20T15:00:00Z"), midnight.micros(), "Seoul's midnight is 15:00 UTC");
        assertEquals("21 May 2024", midnight.label());
    }
}
