package io.ledgerline.analysis;

import io.ledgerline.domain.RecordedDecision;
import io.ledgerline.store.ReviewStore;
import io.ledgerline.store.CaseFile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The id of the latest decision on each subject (an account, or one withdrawal of it) as a view read them: what it
 * passes to {@link ReviewService#decide(io.ledgerline.audit.AuditTrail, io.ledgerline.domain.ReviewDecision, long)}
 * so that a decision made meanwhile by someone else is refused rather than silently superseded.
 */
public final class LatestDecisions {

    private final Map<String, Long> latestBySubject = new HashMap<>();

    private LatestDecisions(List<RecordedDecision> decisions) {
        for (RecordedDecision d : decisions) {
            latestBySubject.merge(subject(d.decision().accountId(), d.decision().eventId()), d.id(), Math::max);
        }
    }

    public static LatestDecisions of(List<RecordedDecision> decisions) {
        return new LatestDecisions(decisions);
    }

    /** Reads the case's decisions now. */
    public static LatestDecisions read(CaseFile caseFile) {
        return of(new ReviewStore(caseFile).decisions());
    }

    /**
     * The latest decision on the account ({@code eventId} null) or on its withdrawal {@code eventId};
     * {@link ReviewService#NONE} when there is none.
     */
    public long latest(String accountId, String eventId) {
        return latestBySubject.getOrDefault(subject(accountId, eventId), ReviewService.NONE);
    }

    private static String subject(String accountId, String eventId) {
        return eventId == null ? accountId : accountId + "\u0000" + eventId;
    }
}
