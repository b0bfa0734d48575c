package io.ledgerline.audit;

import io.ledgerline.store.AuditLogStore;
import io.ledgerline.store.CaseFile;
import io.ledgerline.store.InvestigatorStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code verify}: whether a case is as its investigators left it. Runs every check (SQLite integrity, evidence seals,
 * import custody, the audit chain, audited rows, four-eyes approvals, report digests) and collects what each finds.
 * Reads only; caller's thread (seconds on a million events: every evidence row is read once).
 */
public final class VerifyService {

    /** @param reports report files to check against the recorded reports' sha256; may be empty */
    public VerifyReport verify(CaseFile caseFile, List<Path> reports) {
        List<CaseCheck> checks = List.of(new IntegrityCheck(), new EvidenceSealCheck(), new ImportCustodyCheck(),
                new AuditChainCheck(), new AuditedRowsCheck(), new FourEyesCheck(), new ReportCheck(reports));
        List<Finding> findings = new ArrayList<>();
        for (CaseCheck check : checks) {
            check.run(caseFile, findings);
        }
        List<String> investigators = new InvestigatorStore(caseFile).all().stream()
                .map(i -> i.name() + " (" + i.fingerprint() + ")").toList();
        return new VerifyReport(caseFile.displayName(), checks.stream().map(CaseCheck::name).toList(), findings,
                new AuditLogStore(caseFile).entries().size(), investigators);
    }
}
