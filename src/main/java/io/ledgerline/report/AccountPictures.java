package io.ledgerline.report;

import java.util.Optional;

/**
 * The seam to the timeline renderer: a PNG of one account's timeline, for the Affected accounts sheet. The renderer is
 * wired in by the app; without it the sheet says the picture is not available. Called on the report's worker thread.
 */
@FunctionalInterface
public interface AccountPictures {

    /** No pictures: every account's cell says "timeline picture not available". */
    AccountPictures NONE = accountId -> Optional.empty();

    Optional<byte[]> png(String accountId);
}
