package io.ledgerline.whatif;

import io.ledgerline.analysis.AccountLoss;
import io.ledgerline.analysis.CompromiseWindow;
import java.util.List;
import java.util.Optional;

/**
 * One compromised account under a control.
 *
 * @param loss        what the account lost (the playbook's figure)
 * @param prevented   the part of it the control would have prevented, valued as the playbook values losses
 * @param withdrawals every unauthorized withdrawal with its verdict, in time order
 * @param stoppedAt   where the control would have stopped the attack; null when it prevented nothing
 */
public record AccountOutcome(String accountId, CompromiseWindow window, AccountLoss loss, AccountLoss prevented,
        List<WithdrawalOutcome> withdrawals, StopPoint stoppedAt) {

    public AccountOutcome {
        withdrawals = List.copyOf(withdrawals);
    }

    public Optional<StopPoint> stopPoint() {
        return Optional.ofNullable(stoppedAt);
    }

    public long count(Verdict verdict) {
        return withdrawals.stream().filter(w -> w.verdict() == verdict).count();
    }

    public long preventedWithdrawals() {
        return withdrawals.stream().filter(w -> w.verdict().prevented()).count();
    }
}
