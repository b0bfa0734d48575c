package io.ledgerline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerline.testing.ReviewCase;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimelinePngCommandTest {

    @TempDir
    Path dir;

    @Test
    void drawsTheAccountsTimelineHeadlessAtTheAskedSize() throws Exception {
        Path c = ReviewCase.create(dir);
        Path out = dir.resolve("acc1.png");
        CliRun cli = new CliRun();
        assertEquals(0, cli.run("timeline-png", c.toString(), "--account", "ACC-1", out.toString(), "--window",
                "--width", "900", "--height", "300"), cli.err);
        assertTrue(cli.out.contains("5 events of ACC-1, zoomed to its compromise window"), cli.out);
        BufferedImage image = ImageIO.read(out.toFile());
        assertEquals(900, image.getWidth());
        assertEquals(300, image.getHeight());
        assertTrue(reddish(image) > 1000, "the compromise window is shaded");
    }

    @Test
    void theSameCaseGivesTheSamePicture() throws Exception {
        Path c = ReviewCase.create(dir);
        CliRun cli = new CliRun();
        cli.run("timeline-png", c.toString(), "--account", "ACC-1", dir.resolve("a.png").toString());
        cli.run("timeline-png", c.toString(), "--account", "ACC-1", dir.resolve("b.png").toString());
        assertEquals(-1, Files.mismatch(dir.resolve("a.png"), dir.resolve("b.png")), "reports embed it: reproducible");
    }

    @Test
    void refusesAnUnknownAccountAndTakesABadZoneOrSizeAsAUsageError() {
        Path c = ReviewCase.create(dir);
        Path out = dir.resolve("x.png");
        CliRun cli = new CliRun();
        assertEquals(1, cli.run("timeline-png", c.toString(), "--account", "ACC-404", out.toString()));
        assertTrue(cli.err.contains("no account ACC-404"), cli.err);
        assertEquals(2, cli.run("timeline-png", c.toString(), "--account", "ACC-1", out.toString(), "--zone",
                "Mars/Olympus"), "a bad option value is a usage error");
        assertTrue(cli.err.contains("--zone: unknown time zone"), cli.err);
        assertEquals(2, cli.run("timeline-png", c.toString(), "--account", "ACC-1", out.toString(), "--width", "5"));
        assertFalse(Files.exists(out), "nothing written on a refusal");
    }

    /** Pixels clearly redder than they are green: the window band's tint. */
    private static int reddish(BufferedImage image) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                if (r - g > 12) {
                    n++;
                }
            }
        }
        return n;
    }
}
