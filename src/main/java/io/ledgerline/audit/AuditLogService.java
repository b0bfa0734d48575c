package io.ledgerline.audit;

import io.ledgerline.domain.AuditEntry;
import io.ledgerline.domain.Investigator;
import io.ledgerline.store.AuditLogStore;
import io.ledgerline.store.CaseFile;
import io.ledgerline.store.InvestigatorStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The audit trail for reading: every entry with its signature status, filtered by person, action and account. */
public final class AuditLogService {

    /**
     * The entries matching the filters (null matches all), newest first, each checked against the whole chain.
     *
     * @param keyId an investigator's key id
     */
    public List<CheckedEntry> entries(CaseFile caseFile, String keyId, String action, String accountId) {
        Map<String, Investigator> keys = investigators(caseFile).stream()
                .collect(Collectors.toMap(Investigator::keyId, Function.identity(), (a, b) -> a));
        List<CheckedEntry> checked = new ArrayList<>();
        String previous = AuditEntry.GENESIS;
        for (AuditEntry e : new AuditLogStore(caseFile).entries()) {
            checked.add(new CheckedEntry(e, status(e, previous, keys.get(e.keyId()))));
            previous = e.hash();
        }
        List<CheckedEntry> shown = new ArrayList<>();
        for (int i = checked.size() - 1; i >= 0; i--) {
            AuditEntry e = checked.get(i).entry();
            if ((keyId == null || keyId.equals(e.keyId())) && (action == null || action.equals(e.action()))
                    && (accountId == null || accountId.equals(e.accountId()))) {
                shown.add(checked.get(i));
            }
        }
        return shown;
    }

    public List<Investigator> investigators(CaseFile caseFile) {
        return new InvestigatorStore(caseFile).all();
    }

    public List<String> actions(CaseFile caseFile) {
        return new AuditLogStore(caseFile).actions();
    }

    static String status(AuditEntry e, String previousHash, Investigator signer) {
        if (!EntryHash.of(e).equals(e.hash())) {
            return "edited (hash differs)";
        }
        if (!e.prevHash().equals(previousHash)) {
            return "chain broken before it";
        }
        if (signer == null) {
            return "unknown key";
        }
        return EntryHash.signatureHolds(e, signer.publicKey()) ? CheckedEntry.VALID : "signature fails";
    }
}
