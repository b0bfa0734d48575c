package io.ledgerline.whatif;

import io.ledgerline.analysis.AccountFinding;
import io.ledgerline.analysis.AccountLoss;
import io.ledgerline.analysis.CompromiseWindow;
import io.ledgerline.analysis.PriceBook;
import io.ledgerline.domain.EventFacts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Replays one compromised account's takeover under a control's stops: which unauthorized withdrawals it would have
 * prevented, and where it would have stopped the attack.
 *
 * <p>A stop counts against a withdrawal when it is on the withdrawal itself, or on an earlier step the attack needed:
 * a login or face check inside the compromise window, or a disclosure of the account's data at or before the window
 * started (the takeover began after the attacker had that data; a disclosure inside or after the window was not what
 * the attack used). A challenge the attacker could answer (a step-up through a factor they had just changed) counts
 * against nothing. Refused → {@link Verdict#BLOCKED}. Held → prevented only if the account was frozen between the stop
 * and the end of the hold (the case's freeze is taken to happen when it did), else {@link Verdict#DELAYED}.
 */
final class AttackReplay {

    private AttackReplay() {
    }

    static AccountOutcome replay(AccountFinding finding, List<Stop> stops, AccountHistory history,
            PriceBook prices) {
        CompromiseWindow window = finding.window();
        List<WithdrawalOutcome> outcomes = new ArrayList<>();
        List<EventFacts> prevented = new ArrayList<>();
        Stop first = null;
        for (EventFacts w : finding.unauthorizedWithdrawals()) {
            List<Stop> against = stops.stream().filter(s -> s.hindersAttacker() && countsAgainst(s, w, window))
                    .toList();
            WithdrawalOutcome outcome = verdict(w, against, history);
            outcomes.add(outcome);
            if (outcome.verdict().prevented()) {
                prevented.add(w);
                if (first == null || outcome.stop().at().isBefore(first.at())) {
                    first = outcome.stop();
                }
            }
        }
        return new AccountOutcome(finding.accountId(), window,
                AccountLoss.of(finding.unauthorizedWithdrawals(), prices), AccountLoss.of(prevented, prices),
                outcomes, first == null ? null : StopPoint.of(first));
    }

    private static boolean countsAgainst(Stop stop, EventFacts withdrawal, CompromiseWindow window) {
        if (!stop.kind().isStep()) {
            return stop.event().eventId().equals(withdrawal.eventId());
        }
        if (stop.at().isAfter(withdrawal.occurredAt())) {
            return false;
        }
        return stop.kind() == StopKind.DISCLOSURE ? !stop.at().isAfter(window.start()) : window.contains(stop.at());
    }

    private static WithdrawalOutcome verdict(EventFacts w, List<Stop> against, AccountHistory history) {
        Comparator<Stop> earliest = Comparator.comparing(Stop::at);
        Optional<Stop> refused = against.stream().filter(s -> s.effect() == Stop.Effect.REFUSED).min(earliest);
        if (refused.isPresent()) {
            return new WithdrawalOutcome(w, Verdict.BLOCKED, refused.get(), null, null);
        }
        List<Stop> held = against.stream().filter(s -> s.effect() == Stop.Effect.HELD).sorted(earliest).toList();
        for (Stop h : held) {
            Optional<Instant> frozen = history.frozenBetween(h.at(), h.releasedAt());
            if (frozen.isPresent()) {
                return new WithdrawalOutcome(w, Verdict.HELD_PAST_FREEZE, h, h.releasedAt(), frozen.get());
            }
        }
        return held.stream().max(Comparator.comparing(Stop::releasedAt))
                .map(h -> new WithdrawalOutcome(w, Verdict.DELAYED, h, h.releasedAt(), null))
                .orElseGet(() -> WithdrawalOutcome.notStopped(w));
    }
}
