package io.ledgerline.store;

import static io.ledgerline.store.jooq.Tables.ACCOUNTS;
import static io.ledgerline.store.jooq.Tables.EVENTS;
import static io.ledgerline.store.jooq.Tables.REVIEW_DECISIONS;

import io.ledgerline.domain.DecisionKind;
import io.ledgerline.domain.EpochMicros;
import io.ledgerline.domain.EventFacts;
import io.ledgerline.domain.Outcome;
import io.ledgerline.domain.RecordedDecision;
import io.ledgerline.domain.ReviewDecision;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import io.ledgerline.store.jooq.tables.records.ReviewDecisionsRecord;
import org.jooq.Condition;
import org.jooq.Record;

/**
 * The investigator's review decisions (append-only: the schema refuses updates and deletes), and the look-ups that
 * validate and apply them.
 */
public final class ReviewStore {

    private final CaseFile caseFile;

    public ReviewStore(CaseFile caseFile) {
        this.caseFile = caseFile;
    }

    /** Records {@code decision} made at {@code decidedAt} (UTC) inside {@code tx}; returns the row as written. */
    public static WrittenRow add(Tx tx, Instant decidedAt, ReviewDecision decision) {
        ReviewDecisionsRecord row = tx.dsl().insertInto(REVIEW_DECISIONS)
                .set(REVIEW_DECISIONS.DECIDED_AT, decidedAt.toString())
                .set(REVIEW_DECISIONS.INVESTIGATOR, decision.investigator())
                .set(REVIEW_DECISIONS.ACCOUNT_ID, decision.accountId())
                .set(REVIEW_DECISIONS.KIND, decision.kind().code())
                .set(REVIEW_DECISIONS.EVENT_ID, decision.eventId())
                .set(REVIEW_DECISIONS.REASON, decision.reason())
                .returning()
                .fetchOne();
        return new WrittenRow(REVIEW_DECISIONS.getName(), String.valueOf(row.getId()), row.intoMap());
    }

    /**
     * The latest decision on the same subject as {@code decision} (its account for an account decision, its withdrawal
     * for a withdrawal decision), which the new one supersedes; read inside {@code tx}.
     */
    public static Optional<Map<String, Object>> superseded(Tx tx, ReviewDecision decision) {
        Condition sameSubject = decision.kind().aboutWithdrawal()
                ? REVIEW_DECISIONS.EVENT_ID.eq(decision.eventId()).and(REVIEW_DECISIONS.ACCOUNT_ID.eq(
                        decision.accountId()))
                : REVIEW_DECISIONS.ACCOUNT_ID.eq(decision.accountId()).and(REVIEW_DECISIONS.EVENT_ID.isNull());
        return tx.dsl().selectFrom(REVIEW_DECISIONS).where(sameSubject).orderBy(REVIEW_DECISIONS.ID.desc()).limit(1)
                .fetchOptional(Record::intoMap);
    }

    /** Every decision, oldest first (so a later one supersedes an earlier one on the same subject). */
    public List<RecordedDecision> decisions() {
        return caseFile.dsl().selectFrom(REVIEW_DECISIONS).orderBy(REVIEW_DECISIONS.ID)
                .fetch(r -> new RecordedDecision(r.getId(), Instant.parse(r.getDecidedAt()),
                        new ReviewDecision(r.getInvestigator(), r.getAccountId(),
                                DecisionKind.parse(r.getKind()).orElseThrow(), r.getEventId(), r.getReason())));
    }

    public boolean accountExists(String accountId) {
        return caseFile.dsl().fetchExists(ACCOUNTS, ACCOUNTS.ACCOUNT_ID.eq(accountId));
    }

    /** The event with exporter id {@code eventId}, if the case has it. */
    public Optional<EventFacts> event(String eventId) {
        return Optional.ofNullable(events(List.of(eventId)).get(eventId));
    }

    /** The events with these exporter ids that the case has, by id, in one query. */
    public Map<String, EventFacts> events(Collection<String> eventIds) {
        Map<String, EventFacts> byId = new HashMap<>();
        if (eventIds.isEmpty()) {
            return byId;
        }
        caseFile.dsl()
                .select(EVENTS.EVENT_ID, EVENTS.ACCOUNT_ID, EVENTS.OCCURRED_AT, EVENTS.TYPE, EVENTS.OUTCOME, EVENTS.IP,
                        EVENTS.DEVICE_ID, EVENTS.ASSET, EVENTS.AMOUNT, EVENTS.FEE, EVENTS.ADDRESS, EVENTS.REF)
                .from(EVENTS).where(EVENTS.EVENT_ID.in(eventIds))
                .forEach(r -> byId.put(r.value1(), facts(r)));
        return byId;
    }

    private static EventFacts facts(Record r) {
        return new EventFacts(r.get(EVENTS.EVENT_ID), r.get(EVENTS.ACCOUNT_ID),
                EpochMicros.toInstant(r.get(EVENTS.OCCURRED_AT)), r.get(EVENTS.TYPE),
                Outcome.parse(r.get(EVENTS.OUTCOME)).orElseThrow(), r.get(EVENTS.IP), r.get(EVENTS.DEVICE_ID),
                r.get(EVENTS.ASSET), r.get(EVENTS.AMOUNT), r.get(EVENTS.FEE), r.get(EVENTS.ADDRESS),
                r.get(EVENTS.REF));
    }
}
