package io.ledgerline.report;

import io.ledgerline.analysis.PlaybookSettings;
import io.ledgerline.analysis.ReviewedAccount;
import io.ledgerline.store.CaseFile;
import io.ledgerline.timeline.Palette;
import io.ledgerline.timeline.TimelineLoader;
import io.ledgerline.timeline.TimelinePng;
import io.ledgerline.timeline.TimelineScene;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The account's timeline zoomed to its compromise window (with the disclosure before it), in UTC and light colours,
 * drawn by the same painter as the app and {@code ledgerline timeline-png --window}: the picture a regulator sees is
 * the one the investigator saw.
 */
public final class TimelinePictures implements AccountPictures {

    /** Wide and short: it sits in a row of the Affected accounts sheet. */
    static final int WIDTH = 1400;
    static final int HEIGHT = 420;

    @Override
    public Optional<byte[]> png(CaseFile caseFile, ReviewedAccount account, PlaybookSettings settings) {
        TimelineScene scene = new TimelineLoader(caseFile).load(account.accountId(), account, settings);
        if (scene.timeline().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(TimelinePng.render(scene, scene.timeline().fitWindow(), ZoneOffset.UTC, Palette.LIGHT,
                WIDTH, HEIGHT));
    }
}
