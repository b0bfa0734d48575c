package io.ledgerline.timeline;

/**
 * Where a remediation control would have stopped this account's attack (issue #10's what-if), drawn across the lanes.
 *
 * @param label e.g. "address-cooldown: withdrawal held"
 */
public record StopMarker(long micros, String label) {
}
