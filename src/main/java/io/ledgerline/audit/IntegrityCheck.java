package io.ledgerline.audit;

import io.ledgerline.store.CaseFile;
import java.util.List;

/** SQLite's own {@code PRAGMA integrity_check}: the file's pages, indexes and constraints are sound. */
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
