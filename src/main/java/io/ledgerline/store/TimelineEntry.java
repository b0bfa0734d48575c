package io.ledgerline.store;

import io.ledgerline.domain.EventFacts;

/**
 * One event as a timeline draws and lists it: the playbook's lean fields plus the row id (to fetch every field when
 * the investigator selects it) and the country (new-device logins from another country are the story).
 */
public record TimelineEntry(long rowId, EventFacts facts, String country) {
}
