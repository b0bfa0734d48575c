package io.ledgerline.ui.timeline;

import io.ledgerline.store.TimelineEntry;

/** One row of the timeline's event table: the event and its index on the account's timeline, for selection sync. */
public record EventRow(int index, TimelineEntry entry) {
}
