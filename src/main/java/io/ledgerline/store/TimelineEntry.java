package io.ledgerline.store;

import io.ledgerline.domain.EpochMicros;
import io.ledgerline.domain.EventFacts;

/**
 * One event as a timeline draws and lists it: the playbook's lean fields plus the row id (to fetch every field when
 * the investigator selects it) and the country (new-device logins from another country are the story).
 *
 * @param micros {@code facts.occurredAt()} as epoch microseconds, as the case stores and orders it
 */
public record TimelineEntry(long rowId, long micros, EventFacts facts, String country) {

    public TimelineEntry(long rowId, EventFacts facts, String country) {
        this(rowId, EpochMicros.of(facts.occurredAt()), facts, country);
    }
}
