package io.ledgerline.analysis;

import io.ledgerline.domain.EventFacts;
import io.ledgerline.domain.EventType;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * When an account was in an attacker's hands, both ends included (UTC).
 *
 * <p>Computed from the contract's "suspected compromise" and "compromise window": an R3 withdrawal is
 * <em>suspicious</em> when an R1 or R2 event lies within the lookback before it ({@code [w - 72 h, w]}, both ends
 * included, so exactly 72 h is within). The window starts at the earliest R1/R2 event in the lookback of the first
 * suspicious R3 withdrawal and ends at the last suspicious R3 withdrawal, or at the first {@code ACCOUNT_FROZEN} at or
 * after it if there is one. An R3 withdrawal with no R1/R2 before it (an owner paying a new address) neither starts
 * nor stretches a window. One window per account: the first episode (a second, separate takeover of the same account
 * is a known limitation, see issue #4).
 */
public record CompromiseWindow(Instant start, Instant end) {

    /** case-format.md: "an R3 withdrawal within 72 h after an R1 or R2 event". */
    public static final Duration LOOKBACK = Duration.ofHours(72);

    public CompromiseWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("window ends before it starts: " + start + " .. " + end);
        }
    }

    /** Whether {@code at} is inside the window, both ends included. */
    public boolean contains(Instant at) {
        return !at.isBefore(start) && !at.isAfter(end);
    }

    /**
     * The account's window, if the account is a suspected compromise.
     *
     * @param accountEvents the account's events in time order
     * @param r1r2          its R1 and R2 events (any order)
     * @param r3            its R3 withdrawals in time order
     */
    public static Optional<CompromiseWindow> find(List<EventFacts> accountEvents, List<EventFacts> r1r2,
            List<EventFacts> r3, Duration lookback) {
        Instant start = null;
        Instant lastSuspicious = null;
        for (EventFacts withdrawal : r3) {
            Instant at = withdrawal.occurredAt();
            Optional<Instant> earliest = r1r2.stream().map(EventFacts::occurredAt)
                    .filter(t -> !t.isAfter(at) && !t.isBefore(at.minus(lookback)))
                    .min(Comparator.naturalOrder());
            if (earliest.isPresent()) {
                if (start == null) {
                    start = earliest.get();
                }
                lastSuspicious = at;
            }
        }
        if (start == null) {
            return Optional.empty();
        }
        Instant end = lastSuspicious;
        for (EventFacts e : accountEvents) {
            if (e.is(EventType.ACCOUNT_FROZEN) && e.succeeded() && !e.occurredAt().isBefore(end)) {
                end = e.occurredAt();
                break;
            }
        }
        return Optional.of(new CompromiseWindow(start, end));
    }
}
