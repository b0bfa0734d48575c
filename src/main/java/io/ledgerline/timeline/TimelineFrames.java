package io.ledgerline.timeline;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.time.ZoneId;
import java.util.List;

/**
 * Paints frames of one scene into one reused image, headless: what the benchmark times and the PNG export draws with.
 */
public final class TimelineFrames {

    private final TimelineScene scene;
    private final BufferedImage image;
    private final ZoneId zone;
    private final Palette palette;

    public TimelineFrames(TimelineScene scene, int width, int height, ZoneId zone, Palette palette) {
        this.scene = scene;
        this.image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        this.zone = zone;
        this.palette = palette;
    }

    /** Paints the view; returns the marks laid out. */
    public List<Mark> paint(Viewport view) {
        Graphics2D g = image.createGraphics();
        try {
            return TimelinePainter.paint(new AwtSurface(g), new TimelineGeometry(image.getWidth(), image.getHeight()),
                    scene, view, zone, palette, -1);
        } finally {
            g.dispose();
        }
    }

    /** One frame of {@code scene} into a fresh image. */
    public static List<Mark> paintInto(TimelineScene scene, Viewport view, int width, int height) {
        return new TimelineFrames(scene, width, height, java.time.ZoneOffset.UTC, Palette.LIGHT).paint(view);
    }
}
