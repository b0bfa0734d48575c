package io.ledgerline.store;

import io.ledgerline.domain.Event;

/** An event as the case holds it, with where it came from (file and line) for the chain of custody. */
public record StoredEvent(long id, Event event, String sourceFile) {
}
