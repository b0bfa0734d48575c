package io.ledgerline.store;

import java.time.Instant;

/**
 * Where an indicator (an ip, a device id or an address) shows up in the case, per account: its first and last event
 * there (UTC) and how many events carry it.
 */
public record Sighting(String value, String accountId, Instant firstSeen, Instant lastSeen, long events) {
}
