package io.ledgerline.audit;

/** What a unit of work returns to {@link AuditTrail#record}: its result and the change to record. */
public record Recorded<T>(T value, Change change) {
}
