package io.ledgerline.analysis;

import java.util.List;

/**
 * One account after the investigator's review: the playbook's proposal (if any), the review status, and the
 * unauthorized withdrawals with their loss after added and removed withdrawals.
 *
 * @param proposal                the run's suspicion, or null for an account the run does not suspect but the
 *                                investigator confirmed (its compromise window is then unknown)
 * @param unauthorizedWithdrawals event ids in time order, after the investigator's additions and removals
 * @param loss                    valued exactly like the playbook's losses ({@link AccountLoss#of})
 */
public record ReviewedAccount(String accountId, CompromisedAccount proposal, ReviewStatus status,
        List<String> unauthorizedWithdrawals, AccountLoss loss) {

    public ReviewedAccount {
        unauthorizedWithdrawals = List.copyOf(unauthorizedWithdrawals);
    }

    public boolean suspected() {
        return proposal != null;
    }
}
