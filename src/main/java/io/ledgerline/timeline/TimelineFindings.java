package io.ledgerline.timeline;

import io.ledgerline.analysis.AccountRuleHits;
import io.ledgerline.analysis.CompromiseWindow;
import io.ledgerline.domain.Verification;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the playbook found on one account, as its timeline shows it.
 *
 * @param window                  the compromise window, if the account is a suspected takeover
 * @param unauthorizedWithdrawals event ids of the withdrawals counted as loss (after the investigator's review)
 * @param ruleHits                R1–R4 per event
 * @param verificationByRequest   every legal request's verification, to label disclosures
 */
public record TimelineFindings(Optional<CompromiseWindow> window, Set<String> unauthorizedWithdrawals,
        AccountRuleHits ruleHits, Map<String, Verification> verificationByRequest) {

    public TimelineFindings {
        unauthorizedWithdrawals = Set.copyOf(unauthorizedWithdrawals);
        verificationByRequest = Map.copyOf(verificationByRequest);
    }
}
