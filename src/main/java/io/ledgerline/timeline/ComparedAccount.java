package io.ledgerline.timeline;

import io.ledgerline.domain.EventType;

/**
 * One account of a comparison: its timeline and where its zero lies when accounts are aligned on their disclosures.
 *
 * @param subtitle a line under the account id (cluster, loss, review)
 */
public record ComparedAccount(AccountTimeline timeline, String subtitle) {

    /**
     * The instant the account's clock starts from when aligned: its last data disclosure at or before its compromise
     * window (the one the attack used), else its first disclosure, else the window's start, else its first event.
     */
    public long origin() {
        AccountTimeline t = timeline;
        long windowStart = t.findings().window().map(w -> io.ledgerline.domain.EpochMicros.of(w.start()))
                .orElse(Long.MAX_VALUE);
        Long before = null;
        Long first = null;
        for (int i = 0; i < t.size(); i++) {
            if (t.entry(i).facts().is(EventType.DATA_DISCLOSURE)) {
                first = first == null ? t.micros(i) : first;
                if (t.micros(i) <= windowStart) {
                    before = t.micros(i);
                }
            }
        }
        if (before != null) {
            return before;
        }
        if (first != null) {
            return first;
        }
        if (windowStart != Long.MAX_VALUE) {
            return windowStart;
        }
        return t.isEmpty() ? 0 : t.micros(0);
    }

    /** Whether the account has a disclosure to align on (else {@link #origin()} falls back). */
    public boolean hasDisclosure() {
        for (int i = 0; i < timeline.size(); i++) {
            if (timeline.entry(i).facts().is(EventType.DATA_DISCLOSURE)) {
                return true;
            }
        }
        return false;
    }
}
