package io.ledgerline.whatif;

import io.ledgerline.domain.EventFacts;
import java.time.Instant;

/**
 * One unauthorized withdrawal under a control.
 *
 * @param stop       the control's stop that decided the verdict (on the withdrawal itself or on an earlier step of
 *                   the attack); null when not stopped
 * @param releasedAt for a held withdrawal, when the hold would have ended (UTC); else null
 * @param frozenAt   for {@link Verdict#HELD_PAST_FREEZE}, the freeze that came first (UTC); else null
 */
public record WithdrawalOutcome(EventFacts withdrawal, Verdict verdict, Stop stop, Instant releasedAt,
        Instant frozenAt) {

    static WithdrawalOutcome notStopped(EventFacts withdrawal) {
        return new WithdrawalOutcome(withdrawal, Verdict.NOT_STOPPED, null, null, null);
    }
}
