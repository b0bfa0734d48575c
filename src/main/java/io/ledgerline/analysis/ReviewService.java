package io.ledgerline.analysis;

import io.ledgerline.audit.AuditTrail;
import io.ledgerline.audit.Change;
import io.ledgerline.audit.Recorded;
import io.ledgerline.domain.ConflictException;
import io.ledgerline.domain.DecisionKind;
import io.ledgerline.domain.EventFacts;
import io.ledgerline.domain.EventType;
import io.ledgerline.domain.InputRefusedException;
import io.ledgerline.domain.RecordedDecision;
import io.ledgerline.domain.ReviewDecision;
import io.ledgerline.store.CaseFile;
import io.ledgerline.store.PlaybookStore;
import io.ledgerline.store.ReviewStore;
import io.ledgerline.store.WrittenRow;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The investigator's review of the playbook's proposals (issue #4): records decisions, and applies the kept decisions
 * to a run. An account the run does not suspect may still be confirmed (the investigator knows more than the rules);
 * it then appears with an unknown compromise window and its disagreement is listed. Runs on the caller's thread.
 */
public final class ReviewService {

    /**
     * Validates {@code decision} against the case and records it through {@code trail} (one audit entry, action
     * {@value #ACTION}), stamped with the trail's now (UTC) and the trail's investigator, whatever name the decision
     * carries.
     *
     * @throws InputRefusedException if the reason is blank, the account is unknown, or (for withdrawal kinds) the event
     *                               is missing, unknown, of another account or not a withdrawal
     */
    public RecordedDecision decide(AuditTrail trail, ReviewDecision decision) {
        return decide(trail, decision, ANY);
    }

    /** Expect nothing: the decision supersedes whatever is latest (the CLI, where the command is the intent). */
    public static final long ANY = -1;

    /** The subject had no decision when the investigator looked at it. */
    public static final long NONE = 0;

    /**
     * As {@link #decide(AuditTrail, ReviewDecision)}, refusing with a {@link ConflictException} when the latest
     * decision on the same subject is no longer {@code expectedLatest} (its id; {@link #NONE} for none): on a shared
     * case someone else decided in the meantime, and this decision would silently overwrite theirs.
     */
    public RecordedDecision decide(AuditTrail trail, ReviewDecision decision, long expectedLatest) {
        ReviewDecision asRecorded = new ReviewDecision(trail.investigator(), decision.accountId(), decision.kind(),
                decision.eventId(), decision.reason());
        validate(new ReviewStore(trail.caseFile()), asRecorded);
        Instant now = trail.now();
        return trail.record(tx -> {
            Map<String, Object> before = ReviewStore.superseded(tx, asRecorded).orElse(null);
            refuseIfChanged(before, expectedLatest, asRecorded);
            WrittenRow row = ReviewStore.add(tx, now, asRecorded);
            return new Recorded<>(new RecordedDecision(row.id(), now, asRecorded),
                    Change.of(ACTION, row, asRecorded.accountId(), before, asRecorded.reason()));
        });
    }

    private static void refuseIfChanged(Map<String, Object> latest, long expected, ReviewDecision decision) {
        if (expected == ANY) {
            return;
        }
        long latestId = latest == null ? NONE : ((Number) latest.get("id")).longValue();
        if (latestId != expected) {
            String subject = decision.kind().aboutWithdrawal() ? "withdrawal " + decision.eventId() + " of "
                    + decision.accountId() : decision.accountId();
            throw new ConflictException(latest == null
                    ? "The decision you saw on " + subject + " is no longer there; reload the case."
                    : subject + " was decided by " + latest.get("investigator") + " at " + latest.get("decided_at")
                            + " (" + latest.get("kind") + ": " + latest.get("reason") + ") while you were deciding. "
                            + "Nothing was written; reload to see their decision, then decide again.");
        }
    }

    /** The audit trail's name for a review decision. */
    public static final String ACTION = "review.decide";

    private static void validate(ReviewStore store, ReviewDecision d) {
        if (d.reason() == null || d.reason().isBlank()) {
            throw new InputRefusedException("A review decision needs a reason; none was given.");
        }
        if (d.investigator() == null || d.investigator().isBlank()) {
            throw new InputRefusedException("A review decision needs the investigator's name; none was given.");
        }
        if (!store.accountExists(d.accountId())) {
            throw new InputRefusedException("The case has no account " + d.accountId() + ".");
        }
        if (!d.kind().aboutWithdrawal()) {
            if (d.eventId() != null) {
                throw new InputRefusedException("A decision on a whole account names no event (got " + d.eventId()
                        + ").");
            }
            return;
        }
        if (d.eventId() == null || d.eventId().isBlank()) {
            throw new InputRefusedException("A withdrawal decision needs the withdrawal's event id.");
        }
        EventFacts event = store.event(d.eventId()).orElseThrow(
                () -> new InputRefusedException("The case has no event " + d.eventId() + "."));
        if (!event.accountId().equals(d.accountId())) {
            throw new InputRefusedException("Event " + d.eventId() + " belongs to account " + event.accountId()
                    + ", not " + d.accountId() + ".");
        }
        if (!event.is(EventType.WITHDRAWAL)) {
            throw new InputRefusedException("Event " + d.eventId() + " is a " + event.type()
                    + ", not a WITHDRAWAL.");
        }
        if (d.kind() == DecisionKind.ADD_WITHDRAWAL && !event.succeeded()) {
            // a failed withdrawal moved no funds, so it cannot be part of a loss
            throw new InputRefusedException("Withdrawal " + d.eventId() + " did not succeed, so it lost nothing.");
        }
    }

    /** {@code result} with every decision recorded in {@code caseFile} applied; losses valued with the case's prices. */
    public ReviewedResult review(CaseFile caseFile, AnalysisResult result) {
        List<RecordedDecision> decisions = new ReviewStore(caseFile).decisions();
        if (decisions.isEmpty()) {
            return apply(result, decisions, PriceBook.of(List.of()), Map.of());
        }
        Set<String> touched = new HashSet<>();
        Set<String> eventIds = new HashSet<>();
        for (RecordedDecision d : decisions) {
            if (d.decision().kind().aboutWithdrawal()) {
                touched.add(d.decision().accountId());
                eventIds.add(d.decision().eventId());
            }
        }
        // only accounts whose withdrawal set changes are re-valued, so only their flagged withdrawals are read
        result.compromised().stream().filter(a -> touched.contains(a.accountId()))
                .forEach(a -> eventIds.addAll(a.unauthorizedWithdrawals()));
        Map<String, EventFacts> facts = new ReviewStore(caseFile).events(eventIds);
        return apply(result, decisions, PriceBook.of(new PlaybookStore(caseFile).prices()), facts);
    }

    /**
     * Applies {@code decisions} (oldest first) to {@code result}: pure, for callers that hold the inputs.
     *
     * @param withdrawals the facts of every withdrawal named by a decision and of every flagged withdrawal of an
     *                    account with a withdrawal decision, by event id
     */
    public static ReviewedResult apply(AnalysisResult result, List<RecordedDecision> decisions, PriceBook prices,
            Map<String, EventFacts> withdrawals) {
        return new ReviewApplier(decisions, prices, withdrawals).apply(result);
    }
}
