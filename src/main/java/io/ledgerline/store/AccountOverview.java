package io.ledgerline.store;

import java.time.Instant;

/** One row of the accounts table: the account and the span of its events (null first/last when it has none). */
public record AccountOverview(String accountId, String country, String status, long eventCount, Instant firstEvent,
        Instant lastEvent) {
}
