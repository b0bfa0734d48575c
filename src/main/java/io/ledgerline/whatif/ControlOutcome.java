package io.ledgerline.whatif;

import io.ledgerline.analysis.AccountLoss;
import java.util.List;

/**
 * One control (or combination) replayed over a case.
 *
 * @param accounts  every compromised account, by account id
 * @param prevented the loss the control would have prevented over all accounts: units per asset, and USD valued as
 *                  the playbook values losses (exact; null when nothing prevented could be valued)
 */
public record ControlOutcome(Control control, List<AccountOutcome> accounts, AccountLoss prevented,
        Friction friction) {

    public ControlOutcome {
        accounts = List.copyOf(accounts);
    }

    public long count(Verdict verdict) {
        return accounts.stream().mapToLong(a -> a.count(verdict)).sum();
    }

    public long preventedWithdrawals() {
        return accounts.stream().mapToLong(AccountOutcome::preventedWithdrawals).sum();
    }

    /** Compromised accounts where the control prevented at least one withdrawal. */
    public long accountsStopped() {
        return accounts.stream().filter(a -> a.stoppedAt() != null).count();
    }

    public java.util.Optional<AccountOutcome> account(String accountId) {
        return accounts.stream().filter(a -> a.accountId().equals(accountId)).findFirst();
    }
}
