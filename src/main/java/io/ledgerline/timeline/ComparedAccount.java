package io.ledgerline.timeline;

import io.ledgerline.domain.EpochMicros;
import io.ledgerline.domain.EventType;

/**
 * One account of a comparison: its timeline, a line under its id, and where its zero lies when accounts are aligned
 * on their disclosures — worked out once here, not on every frame that draws it.
 */
public final class ComparedAccount {

    private final AccountTimeline timeline;
    private final String subtitle;
    private final long origin;
    private final boolean hasDisclosure;

    /** @param subtitle a line under the account id (cluster, loss, review) */
    public ComparedAccount(AccountTimeline timeline, String subtitle) {
        this.timeline = timeline;
        this.subtitle = subtitle;
        long windowStart = timeline.findings().window().map(w -> EpochMicros.of(w.start())).orElse(Long.MAX_VALUE);
        Long before = null;
        Long first = null;
        for (int i = 0; i < timeline.size(); i++) {
            if (timeline.entry(i).facts().is(EventType.DATA_DISCLOSURE)) {
                first = first == null ? timeline.micros(i) : first;
                if (timeline.micros(i) <= windowStart) {
                    before = timeline.micros(i);
                }
            }
        }
        this.hasDisclosure = first != null;
        if (before != null) {
            origin = before;
        } else if (first != null) {
            origin = first;
        } else if (windowStart != Long.MAX_VALUE) {
            origin = windowStart;
        } else {
            origin = timeline.isEmpty() ? 0 : timeline.micros(0);
        }
    }

    public AccountTimeline timeline() {
        return timeline;
    }

    public String subtitle() {
        return subtitle;
    }

    /**
     * The instant the account's clock starts from when aligned: its last data disclosure at or before its compromise
     * window (the one the attack used), else its first disclosure, else the window's start, else its first event.
     */
    public long origin() {
        return origin;
    }

    /** Whether the account has a disclosure to align on (else {@link #origin()} falls back). */
    public boolean hasDisclosure() {
        return hasDisclosure;
    }
}
