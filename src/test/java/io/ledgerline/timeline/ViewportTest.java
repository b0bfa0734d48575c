package io.ledgerline.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ViewportTest {

    private static final long HOUR = 3_600_000_000L;

    @Test
    void zoomKeepsTheInstantUnderTheCursorWhereItWas() {
        Viewport day = new Viewport(0, 24 * HOUR);
        long anchor = 6 * HOUR; // a quarter of the way across
        Viewport in = day.zoom(0.5, anchor);
        assertEquals(12 * HOUR, in.span());
        assertEquals(day.x(anchor, 1000), in.x(anchor, 1000) , 0.001);
        Viewport back = in.zoom(2, anchor);
        assertEquals(day, back);
    }

    @Test
    void zoomStopsAtOneMillisecondAndAtTwoHundredYears() {
        Viewport v = new Viewport(0, HOUR);
        for (int i = 0; i < 200; i++) {
            v = v.zoom(0.5, 1_000_000L);
        }
        assertEquals(Viewport.MIN_SPAN, v.span());
        assertTrue(v.contains(1_000_000L), "the anchor stays in view");
        for (int i = 0; i < 200; i++) {
            v = v.zoom(2, 0);
        }
        assertEquals(Viewport.MAX_SPAN, v.span());
    }

    @Test
    void panMovesByAFractionOfTheSpanAndMapsPixelsBackToInstants() {
        Viewport v = new Viewport(0, 10 * HOUR);
        assertEquals(new Viewport(HOUR, 11 * HOUR), v.panBy(0.1));
        assertEquals(new Viewport(-HOUR, 9 * HOUR), v.panBy(-0.1));
        assertEquals(5 * HOUR, v.micros(500, 1000));
        assertEquals(500, v.x(5 * HOUR, 1000), 1e-9);
    }

    @Test
    void fitLeavesAMarginSoEdgeEventsShowWhole() {
        Viewport v = Viewport.fit(0, 40 * HOUR);
        assertTrue(v.start() < 0 && v.end() > 40 * HOUR, v.toString());
        assertEquals(HOUR, -v.start());
        Viewport single = Viewport.fit(5, 5);
        assertTrue(single.contains(5) && single.span() >= Viewport.MIN_SPAN, single.toString());
    }
}
