package io.ledgerline.timeline;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import javax.imageio.ImageIO;

/** PNG pictures drawn headless on a {@link Surface}: timelines, cluster diagrams, comparisons for the CLI and reports. */
public final class Pictures {

    private Pictures() {
    }

    public static byte[] png(int width, int height, Consumer<Surface> draw) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            draw.accept(new AwtSurface(g));
        } finally {
            g.dispose();
        }
        return png(image);
    }

    static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
