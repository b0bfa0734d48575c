package io.ledgerline.audit;

import io.ledgerline.domain.AuditEntry;
import io.ledgerline.store.AuditLogStore;
import io.ledgerline.store.CaseFile;
import io.ledgerline.store.ImportCustodyStore;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each import's custody rows and evidence seals against its audit entry, which anchors the seals in the signed chain:
 * someone who edits evidence and recomputes its seal still differs from what was signed at import.
 */
final class ImportCustodyCheck implements CaseCheck {

    static final String OBJECT_TYPE = "imports";

    @Override
    public String name() {
        return "custody";
    }

    @Override
    public void run(CaseFile caseFile, List<Finding> findings) {
        Map<String, AuditEntry> entries = new HashMap<>();
        for (AuditEntry e : new AuditLogStore(caseFile).entries()) {
            if (OBJECT_TYPE.equals(e.objectType())) {
                entries.put(e.objectId(), e);
            }
        }
        ImportCustodyStore store = new ImportCustodyStore(caseFile);
        for (long importId : store.importIds()) {
            AuditEntry entry = entries.remove(String.valueOf(importId));
            if (entry == null) {
                findings.add(new Finding(name(), OBJECT_TYPE, String.valueOf(importId), "no audit entry records this "
                        + "import, so its evidence seals are not signed (imported outside an investigator's profile)"));
            } else if (!Canonical.json(store.custody(importId)).equals(entry.afterJson())) {
                findings.add(new Finding(name(), OBJECT_TYPE, String.valueOf(importId), "its custody rows or "
                        + "evidence seals differ from those audit entry seq " + entry.seq() + " signed at import"));
            }
        }
        entries.forEach((id, e) -> findings.add(new Finding(name(), OBJECT_TYPE, id, "removed: audit entry seq "
                + e.seq() + " recorded this import, which is no longer in the case")));
    }
}
