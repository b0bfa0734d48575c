package io.ledgerline.whatif;

import java.time.Instant;

/**
 * Where on an account's timeline a control would have stopped the attack: the earliest event at which it stopped
 * something that prevented a loss. The timeline draws its marker here.
 *
 * @param at     UTC instant of the event
 * @param type   the event's type as recorded, e.g. {@code FACE_VERIFICATION}
 * @param effect refused or held
 */
public record StopPoint(String eventId, Instant at, String type, StopKind kind, Stop.Effect effect) {

    static StopPoint of(Stop stop) {
        return new StopPoint(stop.event().eventId(), stop.at(), stop.event().type(), stop.kind(), stop.effect());
    }
}
