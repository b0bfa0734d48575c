package io.ledgerline.timeline;

import io.ledgerline.domain.Category;
import io.ledgerline.domain.EpochMicros;
import io.ledgerline.analysis.PlaybookRule;
import io.ledgerline.domain.EventFacts;
import io.ledgerline.domain.EventType;
import io.ledgerline.domain.Outcome;
import io.ledgerline.store.TimelineEntry;
import java.util.Arrays;
import java.util.List;

/**
 * One account's events indexed once for drawing: their instants and lanes in flat arrays, in time order, so a frame
 * finds the visible ones by binary search and walks only those. Immutable; built off the UI thread.
 */
public final class AccountTimeline {

    /** How far before a compromise window "zoom to window" looks for the disclosure that started it: 7 days. */
    static final long DISCLOSURE_REACH = 7L * 24 * 3600 * 1_000_000L;

    private final String accountId;
    private final List<TimelineEntry> entries;
    private final long[] micros;
    private final byte[] lanes;
    /** Per event: {@link #FAILED}, {@link #UNAUTHORIZED}, and one bit per playbook rule from {@link #RULE_SHIFT}. */
    private final byte[] flags;
    private final TimelineFindings findings;

    static final int FAILED = 1;
    static final int UNAUTHORIZED = 2;
    static final int RULE_SHIFT = 2;

    /** @param entries the account's events in time order */
    public AccountTimeline(String accountId, List<TimelineEntry> entries, TimelineFindings findings) {
        this.accountId = accountId;
        this.entries = List.copyOf(entries);
        this.findings = findings;
        this.micros = new long[entries.size()];
        this.lanes = new byte[entries.size()];
        this.flags = new byte[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            TimelineEntry e = entries.get(i);
            micros[i] = e.micros();
            lanes[i] = (byte) e.facts().category().ordinal();
            flags[i] = flagsOf(e.facts(), findings);
            if (i > 0 && micros[i] < micros[i - 1]) {
                throw new IllegalArgumentException("events must be in time order: " + e.facts().eventId());
            }
        }
    }

    private static byte flagsOf(EventFacts e, TimelineFindings findings) {
        int f = e.outcome() == Outcome.FAILURE ? FAILED : 0;
        if (findings.unauthorizedWithdrawals().contains(e.eventId())) {
            f |= UNAUTHORIZED;
        }
        for (PlaybookRule rule : findings.ruleHits().of(e.eventId())) {
            f |= 1 << (RULE_SHIFT + rule.ordinal());
        }
        return (byte) f;
    }

    /** Whether the event at {@code index} failed. */
    public boolean failed(int index) {
        return (flags[index] & FAILED) != 0;
    }

    /** Whether the event at {@code index} is an unauthorized withdrawal (after review). */
    public boolean unauthorized(int index) {
        return (flags[index] & UNAUTHORIZED) != 0;
    }

    /** The playbook rules the event at {@code index} hits, as a bit set over {@link PlaybookRule} ordinals. */
    public int ruleBits(int index) {
        return (flags[index] & 0xff) >>> RULE_SHIFT;
    }

    public String accountId() {
        return accountId;
    }

    public int size() {
        return entries.size();
    }

    public TimelineEntry entry(int index) {
        return entries.get(index);
    }

    public long micros(int index) {
        return micros[index];
    }

    public Category lane(int index) {
        return Category.values()[lanes[index]];
    }

    int laneOrdinal(int index) {
        return lanes[index];
    }

    public TimelineFindings findings() {
        return findings;
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The first index whose instant is at or after {@code at} ({@link #size()} when none is). */
    public int firstAtOrAfter(long at) {
        int i = Arrays.binarySearch(micros, at);
        if (i < 0) {
            return -i - 1;
        }
        while (i > 0 && micros[i - 1] == at) {
            i--;
        }
        return i;
    }

    /** The whole span fitted with a margin; a one-day view around now for an account with no events. */
    public Viewport fitAll() {
        if (isEmpty()) {
            long now = EpochMicros.of(java.time.Instant.now());
            return new Viewport(now - 43_200_000_000L, now + 43_200_000_000L);
        }
        return Viewport.fit(micros[0], micros[micros.length - 1]);
    }

    /**
     * The compromise window fitted with a margin, widened to the data disclosure that preceded it when that lies
     * within {@link #DISCLOSURE_REACH} (the attack chain starts there); every event when the account has no window.
     */
    public Viewport fitWindow() {
        return findings.window().map(w -> {
            long start = EpochMicros.of(w.start());
            long end = EpochMicros.of(w.end());
            for (int i = firstAtOrAfter(start) - 1; i >= 0 && start - micros[i] <= DISCLOSURE_REACH; i--) {
                if (entries.get(i).facts().is(EventType.DATA_DISCLOSURE)) {
                    return Viewport.fit(micros[i], end);
                }
            }
            return Viewport.fit(start, end);
        }).orElseGet(this::fitAll);
    }
}
