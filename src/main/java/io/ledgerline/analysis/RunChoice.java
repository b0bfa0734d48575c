package io.ledgerline.analysis;

import io.ledgerline.audit.AuditTrail;
import io.ledgerline.domain.InputRefusedException;
import io.ledgerline.domain.Progress;
import io.ledgerline.store.AnalysisRun;
import io.ledgerline.store.AnalysisRunStore;
import io.ledgerline.store.CaseFile;
import io.ledgerline.store.ReportStore;
import java.time.Instant;
import java.util.Optional;

/**
 * Which recorded analysis run a report uses. A named run is read back exactly as recorded. Without a name, the latest
 * run is used if it is newer than the case's last import (nothing it looked at has changed since); otherwise a fresh
 * run with the default settings is made and recorded, as {@code analyze} does. Runs on the caller's thread.
 */
public final class RunChoice {

    private final PlaybookService playbook;

    public RunChoice(PlaybookService playbook) {
        this.playbook = playbook;
    }

    /**
     * @param runId the recorded run to use, or null for the latest current one (or a fresh default run)
     * @throws InputRefusedException if {@code runId} names no recorded run of the case
     */
    public RecordedRun choose(AuditTrail trail, Long runId, Progress progress) {
        CaseFile caseFile = trail.caseFile();
        AnalysisRunStore runs = new AnalysisRunStore(caseFile);
        if (runId != null) {
            AnalysisRun run = runs.run(runId).orElseThrow(() -> new InputRefusedException(
                    "The case has no analysis run #" + runId + "; `analyze` records one and prints its number."));
            return read(run);
        }
        Optional<AnalysisRun> latest = runs.latest();
        String lastImport = new ReportStore(caseFile).lastImportedAt();
        if (latest.isPresent() && (lastImport == null || latest.get().runAt().isAfter(Instant.parse(lastImport)))) {
            return read(latest.get());
        }
        return playbook.analyzeAndRecord(trail, PlaybookSettings.defaults(), progress);
    }

    private static RecordedRun read(AnalysisRun run) {
        return new RecordedRun(run.id(), AnalysisJsonReader.read(run.resultJson()));
    }
}
