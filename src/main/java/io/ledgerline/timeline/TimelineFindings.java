package io.ledgerline.timeline;

import io.ledgerline.analysis.AccountRuleHits;
import io.ledgerline.analysis.CompromiseWindow;
import io.ledgerline.domain.LegalRequest;
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
 * @param legalRequests           every legal request of the case by id, to label and link disclosures
 */
public record TimelineFindings(Optional<CompromiseWindow> window, Set<String> unauthorizedWithdrawals,
        AccountRuleHits ruleHits, Map<String, LegalRequest> legalRequests) {

    public TimelineFindings {
        unauthorizedWithdrawals = Set.copyOf(unauthorizedWithdrawals);
        legalRequests = Map.copyOf(legalRequests);
    }

    /** The verification of legal request {@code requestId}, or null for a request the case does not have. */
    public Verification verification(String requestId) {
        LegalRequest r = requestId == null ? null : legalRequests.get(requestId);
        return r == null ? null : r.verification();
    }
}
