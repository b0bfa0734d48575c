package io.ledgerline.domain;

import java.time.Instant;

/** A tag or note an investigator put on an event, or the removal of a tag. */
public record Annotation(String eventId, AnnotationKind kind, String text, String investigator, Instant createdAt) {
}
