package io.ledgerline.domain;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The fields of an event that the account-takeover playbook reads: a lean projection of {@link Event}, so a pass over
 * a million events does not build what it never looks at. Optional fields are null when absent.
 *
 * @param eventId    the exporter's event id
 * @param occurredAt UTC instant
 * @param type       the type as sent (see {@link EventType}; unknown types keep their text)
 * @param amount     exact units of {@code asset}, or null
 * @param fee        exact units of {@code asset}, or null
 */
public record EventFacts(
        String eventId,
        String accountId,
        Instant occurredAt,
        String type,
        Outcome outcome,
        String ip,
        String deviceId,
        String asset,
        BigDecimal amount,
        BigDecimal fee,
        String address,
        String ref) {

    /** The facts of a fully read event. */
    public static EventFacts of(Event e) {
        return new EventFacts(e.eventId(), e.accountId(), e.occurredAt(), e.type(), e.outcome(), e.ip(),
                e.deviceId(), e.asset(), e.amount(), e.fee(), e.address(), e.ref());
    }

    public boolean is(EventType eventType) {
        return eventType.name().equals(type);
    }

    public boolean succeeded() {
        return outcome == Outcome.SUCCESS;
    }

    public Category category() {
        return EventType.categoryOf(type);
    }
}
