package io.ledgerline.whatif;

import io.ledgerline.domain.EventFacts;
import io.ledgerline.domain.EventType;
import io.ledgerline.domain.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Face-check hardening: after {@code failures} failed face checks in a row (no pass between them), face checks are
 * locked for {@code lock} from the last of those failures. A check passed while locked is held until the lock ends
 * (at exactly the end it counts), or, with {@code manualReview}, refused: it goes to a person who compares it with
 * the customer's identity documents, and the replay assumes the impostor fails there. A pass, or the end of a lock,
 * starts the count again.
 */
public record FaceCheckLock(int failures, Duration lock, boolean manualReview) implements Control {

    public static final String NAME = "face-lock";
    /** One failure is enough: in the case the attackers passed at their second attempt. */
    public static final FaceCheckLock DEFAULTS = new FaceCheckLock(1, Duration.ofHours(24), false);

    public FaceCheckLock {
        if (failures < 1) {
            throw new IllegalArgumentException("the failures before a lock must be at least 1, not " + failures);
        }
        ParameterText.requirePositive(lock, "lock");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Map<String, String> parameters() {
        return ParameterText.ordered("failures", Integer.toString(failures), "hours", ParameterText.hours(lock),
                "review", manualReview ? "manual" : "none");
    }

    @Override
    public List<Stop> stops(AccountHistory account) {
        List<Stop> stops = new ArrayList<>();
        int inARow = 0;
        Instant lockedUntil = null;
        for (EventFacts e : account.events()) {
            if (!e.is(EventType.FACE_VERIFICATION)) {
                continue;
            }
            if (lockedUntil != null && !e.occurredAt().isBefore(lockedUntil)) {
                lockedUntil = null;
                inARow = 0;
            }
            if (e.outcome() == Outcome.FAILURE) {
                inARow++;
                if (lockedUntil == null && inARow >= failures) {
                    lockedUntil = e.occurredAt().plus(lock);
                }
            } else if (e.succeeded()) {
                if (lockedUntil != null) {
                    stops.add(manualReview ? Stop.refused(e, StopKind.FACE_CHECK)
                            : Stop.heldUntil(e, StopKind.FACE_CHECK, lockedUntil));
                }
                inARow = 0;
            }
        }
        return stops;
    }
}
