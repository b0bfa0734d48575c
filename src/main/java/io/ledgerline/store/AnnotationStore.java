package io.ledgerline.store;

import static io.ledgerline.store.jooq.Tables.EVENTS;
import static io.ledgerline.store.jooq.Tables.EVENT_ANNOTATIONS;

import io.ledgerline.domain.Annotation;
import io.ledgerline.domain.AnnotationKind;
import io.ledgerline.store.jooq.tables.records.EventAnnotationsRecord;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Record;

/** Tags and notes on events (append-only: the schema refuses updates and deletes). */
public final class AnnotationStore {

    private final CaseFile caseFile;

    public AnnotationStore(CaseFile caseFile) {
        this.caseFile = caseFile;
    }

    /** Records {@code annotation} inside {@code tx}; returns the row as written. */
    public static WrittenRow add(Tx tx, Annotation annotation) {
        EventAnnotationsRecord row = tx.dsl().insertInto(EVENT_ANNOTATIONS)
                .set(EVENT_ANNOTATIONS.EVENT_ID, annotation.eventId())
                .set(EVENT_ANNOTATIONS.KIND, annotation.kind().code())
                .set(EVENT_ANNOTATIONS.TEXT, annotation.text())
                .set(EVENT_ANNOTATIONS.INVESTIGATOR, annotation.investigator())
                .set(EVENT_ANNOTATIONS.CREATED_AT, annotation.createdAt().toString())
                .returning()
                .fetchOne();
        return new WrittenRow(EVENT_ANNOTATIONS.getName(), String.valueOf(row.getId()), row.intoMap());
    }

    /** The latest tag or untag row of {@code text} on {@code eventId}, which a new tag or untag supersedes. */
    public static Optional<Map<String, Object>> latestTagRow(Tx tx, String eventId, String text) {
        return tx.dsl().selectFrom(EVENT_ANNOTATIONS)
                .where(EVENT_ANNOTATIONS.EVENT_ID.eq(eventId), EVENT_ANNOTATIONS.TEXT.eq(text),
                        EVENT_ANNOTATIONS.KIND.in("tag", "untag"))
                .orderBy(EVENT_ANNOTATIONS.ID.desc()).limit(1).fetchOptional(Record::intoMap);
    }

    /** The account of event {@code eventId}, if the case has it. */
    public Optional<String> accountOf(String eventId) {
        return caseFile.dsl().select(EVENTS.ACCOUNT_ID).from(EVENTS).where(EVENTS.EVENT_ID.eq(eventId))
                .fetchOptional(EVENTS.ACCOUNT_ID);
    }

    /** Every annotation on the account's events, oldest first. */
    public List<Annotation> ofAccount(String accountId) {
        return caseFile.dsl().select(EVENT_ANNOTATIONS.fields()).from(EVENT_ANNOTATIONS)
                .join(EVENTS).on(EVENTS.EVENT_ID.eq(EVENT_ANNOTATIONS.EVENT_ID))
                .where(EVENTS.ACCOUNT_ID.eq(accountId))
                .orderBy(EVENT_ANNOTATIONS.ID)
                .fetch(r -> new Annotation(r.get(EVENT_ANNOTATIONS.EVENT_ID),
                        AnnotationKind.parse(r.get(EVENT_ANNOTATIONS.KIND)), r.get(EVENT_ANNOTATIONS.TEXT),
                        r.get(EVENT_ANNOTATIONS.INVESTIGATOR), Instant.parse(r.get(EVENT_ANNOTATIONS.CREATED_AT))));
    }
}
