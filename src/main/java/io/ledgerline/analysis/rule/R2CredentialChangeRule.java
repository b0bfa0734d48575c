package io.ledgerline.analysis.rule;

import io.ledgerline.domain.Category;
import io.ledgerline.domain.EventFacts;
import io.ledgerline.domain.EventType;
import io.ledgerline.domain.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * R2 credential change: a successful event of category credentials, or a {@code FACE_VERIFICATION} success within
 * {@link #FACE_RETRY_WINDOW} after a failed one (the passing check is the R2 event).
 *
 * <p>Only successful credential events count: a failed or pending password change changed nothing an attacker could
 * use. "Within 1 h" includes exactly 1 h. The failed check may be any earlier failure inside the window, not only the
 * latest; a pass with no failure before it in the window is not R2.
 */
public final class R2CredentialChangeRule {

    /** case-format.md: "a FACE_VERIFICATION success within 1 h after a failed one". */
    public static final Duration FACE_RETRY_WINDOW = Duration.ofHours(1);

    private final Duration faceRetryWindow;

    public R2CredentialChangeRule(Duration faceRetryWindow) {
        this.faceRetryWindow = faceRetryWindow;
    }

    /** The R2 events among one account's events, which must be in time order. */
    public List<EventFacts> flag(List<EventFacts> accountEvents) {
        List<EventFacts> flagged = new ArrayList<>();
        Instant lastFailedFaceCheck = null;
        for (EventFacts e : accountEvents) {
            if (e.category() == Category.CREDENTIALS && e.succeeded()) {
                flagged.add(e);
            } else if (e.is(EventType.FACE_VERIFICATION)) {
                if (e.outcome() == Outcome.FAILURE) {
                    lastFailedFaceCheck = e.occurredAt();
                } else if (e.succeeded() && lastFailedFaceCheck != null
                        && !e.occurredAt().isAfter(lastFailedFaceCheck.plus(faceRetryWindow))) {
                    flagged.add(e);
                }
            }
        }
        return flagged;
    }
}
