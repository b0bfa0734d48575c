package io.ledgerline.audit;

import io.ledgerline.store.CaseFile;
import java.util.List;

/** The engine's own consistency check: SQLite's {@code PRAGMA integrity_check} (pages, indexes, constraints), or on a server that every index of the case is valid. */
final class IntegrityCheck implements CaseCheck {

    @Override
    public String name() {
        return "integrity";
    }

    @Override
    public void run(CaseFile caseFile, List<Finding> findings) {
        for (String line : caseFile.integrityCheckLines()) {
            if (!"ok".equals(line)) {
                findings.add(new Finding(name(), "(database)", "-", line));
            }
        }
    }
}
