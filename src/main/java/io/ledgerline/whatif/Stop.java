package io.ledgerline.whatif;

import io.ledgerline.domain.EventFacts;
import java.time.Instant;
import java.util.Objects;

/**
 * One event a control would have stopped.
 *
 * @param effect     how: refused, held until {@code releasedAt}, or challenged (a check whoever holds the account's
 *                   factors passes: friction for the owner, no obstacle for an attacker who changed them)
 * @param releasedAt UTC instant a hold ends; null unless {@code effect} is {@link Effect#HELD}
 */
public record Stop(EventFacts event, StopKind kind, Effect effect, Instant releasedAt) {

    public enum Effect { REFUSED, HELD, CHALLENGED }

    public Stop {
        Objects.requireNonNull(event, "event");
        if ((effect == Effect.HELD) != (releasedAt != null)) {
            throw new IllegalArgumentException("a hold, and only a hold, has a release time");
        }
    }

    public static Stop refused(EventFacts event, StopKind kind) {
        return new Stop(event, kind, Effect.REFUSED, null);
    }

    public static Stop heldUntil(EventFacts event, StopKind kind, Instant releasedAt) {
        return new Stop(event, kind, Effect.HELD, releasedAt);
    }

    public static Stop challenged(EventFacts event, StopKind kind) {
        return new Stop(event, kind, Effect.CHALLENGED, null);
    }

    public Instant at() {
        return event.occurredAt();
    }

    /** Whether an attacker in control of the account would have been held up by it. */
    public boolean hindersAttacker() {
        return effect != Effect.CHALLENGED;
    }
}
