package io.ledgerline.audit;

import io.ledgerline.domain.AuditEntry;
import io.ledgerline.store.AuditLogStore;
import io.ledgerline.store.CaseFile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Every approval in the signed trail was signed by a key other than the one that signed the proposal approved. */
final class FourEyesCheck implements CaseCheck {

    @Override
    public String name() {
        return "four-eyes";
    }

    @Override
    public void run(CaseFile caseFile, List<Finding> findings) {
        Map<String, AuditEntry> proposals = new HashMap<>();
        List<AuditEntry> entries = new AuditLogStore(caseFile).entries();
        for (AuditEntry e : entries) {
            if (AuditActions.PROPOSAL_PROPOSE.equals(e.action())) {
                proposals.put(e.objectId(), e);
            }
        }
        for (AuditEntry approval : entries) {
            if (!AuditActions.PROPOSAL_APPROVE.equals(approval.action())) {
                continue;
            }
            var after = AfterValue.of(approval);
            if (after.isEmpty()) {
                findings.add(new Finding(name(), "audit_log", "seq " + approval.seq(), "an approval whose after value "
                        + "is missing or unreadable: who approved what cannot be checked"));
                continue;
            }
            Object proposalId = after.get().get("proposal_id");
            String row = "proposal " + proposalId;
            AuditEntry proposed = proposals.get(String.valueOf(proposalId));
            if (proposed == null) {
                findings.add(new Finding(name(), "compensation_proposals", row, "approved (audit seq "
                        + approval.seq() + ") but never proposed in the audit trail"));
            } else if (proposed.keyId().equals(approval.keyId())) {
                findings.add(new Finding(name(), "compensation_proposals", row, "approved by its own proposer "
                        + approval.investigator() + " (audit seq " + proposed.seq() + " and " + approval.seq()
                        + " signed with the same key)"));
            }
        }
    }
}
