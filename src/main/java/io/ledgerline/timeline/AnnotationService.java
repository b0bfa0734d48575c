package io.ledgerline.timeline;

import io.ledgerline.audit.AuditTrail;
import io.ledgerline.audit.Change;
import io.ledgerline.audit.Recorded;
import io.ledgerline.domain.Annotation;
import io.ledgerline.domain.AnnotationKind;
import io.ledgerline.domain.InputRefusedException;
import io.ledgerline.store.AnnotationStore;
import io.ledgerline.store.WrittenRow;
import java.util.Map;

/**
 * Tags and notes on events, written through the audit trail (action {@code annotation.<kind>}, e.g.
 * {@code annotation.tag}); a tag or untag records the tag row it supersedes as its "before". Caller's thread.
 */
public final class AnnotationService {

    /** Records {@code kind} with {@code text} (stripped) on event {@code eventId} as the trail's investigator. */
    public Annotation annotate(AuditTrail trail, String eventId, AnnotationKind kind, String text) {
        if (text == null || text.isBlank()) {
            throw new InputRefusedException("A " + kind.code() + " needs a text; none was given.");
        }
        String accountId = new AnnotationStore(trail.caseFile()).accountOf(eventId)
                .orElseThrow(() -> new InputRefusedException("The case has no event " + eventId + "."));
        Annotation annotation = new Annotation(eventId, kind, text.strip(), trail.investigator(), trail.now());
        return trail.record(tx -> {
            Map<String, Object> before = kind == AnnotationKind.NOTE ? null
                    : AnnotationStore.latestTagRow(tx, eventId, annotation.text()).orElse(null);
            WrittenRow row = AnnotationStore.add(tx, annotation);
            return new Recorded<>(annotation, Change.of("annotation." + kind.code(), row, accountId, before, null));
        });
    }
}
