package io.ledgerline.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerline.analysis.PlaybookService;
import io.ledgerline.analysis.PlaybookSettings;
import io.ledgerline.analysis.ReviewService;
import io.ledgerline.analysis.ReviewedAccount;
import io.ledgerline.domain.Progress;
import io.ledgerline.store.CaseFile;
import io.ledgerline.testing.ReviewCase;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimelinePicturesTest {

    @TempDir
    Path dir;

    @Test
    void drawsTheReviewedAccountsWindowAtTheSheetsSize() throws Exception {
        try (CaseFile c = CaseFile.open(ReviewCase.create(dir))) {
            var run = new PlaybookService().analyze(c, PlaybookSettings.defaults(), Progress.NONE);
            ReviewedAccount acc1 = new ReviewService().review(c, run).account("ACC-1").orElseThrow();
            byte[] png = new TimelinePictures().png(c, acc1, PlaybookSettings.defaults()).orElseThrow();
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertEquals(TimelinePictures.WIDTH, image.getWidth());
            assertEquals(TimelinePictures.HEIGHT, image.getHeight());
            assertTrue(png.length > 5_000, "a drawn timeline, not a blank: " + png.length);
        }
    }
}
