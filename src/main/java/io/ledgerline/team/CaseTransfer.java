package io.ledgerline.team;

import io.ledgerline.audit.AuditTrail;
import io.ledgerline.audit.Change;
import io.ledgerline.audit.VerifyReport;
import io.ledgerline.audit.VerifyService;
import io.ledgerline.domain.LedgerlineException;
import io.ledgerline.domain.Progress;
import io.ledgerline.store.CaseCopy;
import io.ledgerline.store.CaseFile;
import io.ledgerline.store.CaseLocation;
import io.ledgerline.store.PasswordPrompt;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Moves a whole case between a file and a server: {@code publish} puts a local case on the team's server,
 * {@code export} takes a server case offline into a file. The source must verify; the copy holds every row with its
 * keys, and the audit chain continues on the copy with one signed entry naming where it came from. Both sides are
 * verified again afterwards. A refused or failed move leaves no target behind.
 */
public final class CaseTransfer {

    public static final String PUBLISH = "case.publish";
    public static final String EXPORT = "case.export";

    /** What a move did: rows per table, and the verification of both sides after it. */
    public record Result(CaseLocation target, Map<String, Long> rows, VerifyReport source, VerifyReport copy) {
    }

    private final PasswordPrompt prompt;

    public CaseTransfer(PasswordPrompt prompt) {
        this.prompt = prompt;
    }

    /** Copies the case file {@code source} to the new server case {@code target}. */
    public Result publish(CaseLocation.File source, CaseLocation.Server target, Function<CaseFile, AuditTrail> trail,
            Progress progress) {
        return move(source, target, PUBLISH, trail, progress);
    }

    /** Copies the server case {@code source} into the new case file {@code target}. */
    public Result export(CaseLocation.Server source, CaseLocation.File target, Function<CaseFile, AuditTrail> trail,
            Progress progress) {
        return move(source, target, EXPORT, trail, progress);
    }

    private Result move(CaseLocation sourceLocation, CaseLocation targetLocation, String action,
            Function<CaseFile, AuditTrail> trailOf, Progress progress) {
        try (CaseFile source = CaseFile.open(sourceLocation, prompt)) {
            VerifyReport before = new VerifyService().verify(source, List.of());
            if (!before.holds()) {
                throw new LedgerlineException(sourceLocation.displayName() + " does not verify ("
                        + before.findings().size() + " finding" + (before.findings().size() == 1 ? "" : "s")
                        + "; see ledgerline verify " + sourceLocation + "): it is not copied, so the copy cannot "
                        + "pass for sound evidence.");
            }
            Map<String, Long> rows;
            VerifyReport after;
            boolean done = false;
            CaseFile target = CaseFile.create(targetLocation, prompt);
            try {
                rows = CaseCopy.copy(source, target, progress);
                AuditTrail trail = trailOf.apply(target);
                Map<String, Object> record = new LinkedHashMap<>();
                record.put("from", sourceLocation.toString());
                record.put("to", targetLocation.toString());
                record.put("rows", rows);
                target.write(tx -> trail.append(tx, new Change(action, "case", targetLocation.displayName(), null,
                        null, record, null)));
                after = new VerifyService().verify(target, List.of());
                done = true;
            } finally {
                target.close();
                if (!done) {
                    CaseFile.deleteUnused(targetLocation, prompt);
                }
            }
            return new Result(targetLocation, rows, before, after);
        }
    }
}
