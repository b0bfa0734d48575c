package io.ledgerline.whatif;

import io.ledgerline.analysis.AccountLoss;
import io.ledgerline.analysis.PlaybookSettings;
import java.util.List;

/**
 * The remediation what-if of a case: the playbook's takeovers as recorded, and each control's replay over them.
 *
 * @param settings                the playbook thresholds that found the compromised accounts
 * @param loss                    what the compromised accounts lost, all together (the baseline)
 * @param compromisedAccounts     accounts the playbook finds compromised
 * @param unauthorizedWithdrawals their unauthorized withdrawals
 * @param honestAccounts          every other account of the case, on which friction is counted
 * @param controls                in the order asked for
 */
public record WhatIfResult(PlaybookSettings settings, AccountLoss loss, int compromisedAccounts,
        long unauthorizedWithdrawals, long honestAccounts, List<ControlOutcome> controls) {

    public WhatIfResult {
        controls = List.copyOf(controls);
    }
}
