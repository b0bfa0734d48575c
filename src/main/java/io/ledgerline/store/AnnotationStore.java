package io.ledgerline.store;

import static io.ledgerline.store.jooq.Tables.EVENTS;
import static io.ledgerline.store.jooq.Tables.EVENT_ANNOTATIONS;

import io.ledgerline.domain.Annotation;
import io.ledgerline.domain.AnnotationKind;
import java.time.Instant;
import java.util.List;

/** Tags and notes on events (append-only: the schema refuses updates and deletes). */
public final class AnnotationStore {

    private final CaseFile caseFile;

    public AnnotationStore(CaseFile caseFile) {
        this.caseFile = caseFile;
    }

    public void add(Annotation annotation) {
        caseFile.transaction(dsl -> dsl.insertInto(EVENT_ANNOTATIONS)
                .set(EVENT_ANNOTATIONS.EVENT_ID, annotation.eventId())
                .set(EVENT_ANNOTATIONS.KIND, annotation.kind().code())
                .set(EVENT_ANNOTATIONS.TEXT, annotation.text())
                .set(EVENT_ANNOTATIONS.INVESTIGATOR, annotation.investigator())
                .set(EVENT_ANNOTATIONS.CREATED_AT, annotation.createdAt().toString())
                .execute());
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

    public boolean eventExists(String eventId) {
        return caseFile.dsl().fetchExists(EVENTS, EVENTS.EVENT_ID.eq(eventId));
    }
}
