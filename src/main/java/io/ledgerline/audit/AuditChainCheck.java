package io.ledgerline.audit;

import io.ledgerline.domain.AuditEntry;
import io.ledgerline.domain.Investigator;
import io.ledgerline.store.AuditLogStore;
import io.ledgerline.store.CaseFile;
import io.ledgerline.store.InvestigatorStore;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The audit trail itself: entries numbered 1, 2, 3… without gap, each chained to the one before, its hash matching its
 * content, and its signature holding under the key registered for the person named. An edited, deleted, inserted or
 * reordered entry breaks at least one of these.
 */
final class AuditChainCheck implements CaseCheck {

    static final String TABLE = "audit_log";

    @Override
    public String name() {
        return "audit-chain";
    }

    @Override
    public void run(CaseFile caseFile, List<Finding> findings) {
        Map<String, Investigator> keys = new InvestigatorStore(caseFile).all().stream()
                .collect(Collectors.toMap(Investigator::keyId, Function.identity(), (a, b) -> a));
        String previous = AuditEntry.GENESIS;
        long expected = 1;
        for (AuditEntry e : new AuditLogStore(caseFile).entries()) {
            String row = "seq " + e.seq();
            if (e.seq() != expected) {
                findings.add(new Finding(name(), TABLE, row, "out of sequence: expected seq " + expected
                        + " (an entry was removed or inserted)"));
            }
            if (!e.prevHash().equals(previous)) {
                findings.add(new Finding(name(), TABLE, row, "prev_hash " + shortHash(e.prevHash())
                        + " is not the hash of the entry before it (" + shortHash(previous) + ")"));
            }
            String hash = EntryHash.of(e);
            if (!hash.equals(e.hash())) {
                findings.add(new Finding(name(), TABLE, row, "hash " + shortHash(e.hash()) + " does not match its "
                        + "content (" + shortHash(hash) + "): the entry was edited"));
            }
            Investigator signer = keys.get(e.keyId());
            if (signer == null) {
                findings.add(new Finding(name(), TABLE, row, "signed with key " + e.keyId()
                        + ", which no registered investigator holds"));
            } else {
                if (!EntryHash.signatureHolds(e, signer.publicKey())) {
                    findings.add(new Finding(name(), TABLE, row, "signature does not hold under the key of "
                            + signer.name() + " (" + signer.fingerprint() + ")"));
                }
                if (!signer.name().equals(e.investigator())) {
                    findings.add(new Finding(name(), TABLE, row, "names " + e.investigator() + ", but key "
                            + signer.fingerprint() + " is registered to " + signer.name()));
                }
            }
            previous = e.hash();
            expected = e.seq() + 1;
        }
    }

    private static String shortHash(String hash) {
        return hash == null || hash.length() < 16 ? String.valueOf(hash) : hash.substring(0, 16) + "…";
    }
}
