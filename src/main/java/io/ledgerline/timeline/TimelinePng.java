package io.ledgerline.timeline;

import java.time.ZoneId;

/**
 * An account's timeline as a PNG, drawn headless by the same painter as the window, so the CLI and the reports embed
 * exactly what the investigator sees.
 */
public final class TimelinePng {

    public static final int DEFAULT_WIDTH = 1400;
    public static final int DEFAULT_HEIGHT = 420;

    private TimelinePng() {
    }

    public static byte[] render(TimelineScene scene, Viewport view, ZoneId zone, Palette palette, int width,
            int height) {
        return Pictures.png(width, height, surface -> TimelinePainter.paint(surface,
                new TimelineGeometry(width, height), scene, view, zone, palette, -1));
    }
}
