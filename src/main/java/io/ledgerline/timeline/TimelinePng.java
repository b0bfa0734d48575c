package io.ledgerline.timeline;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import javax.imageio.ImageIO;

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
        TimelineFrames frames = new TimelineFrames(scene, width, height, zone, palette);
        frames.paint(view);
        BufferedImage image = frames.image();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
