package io.ledgerline.importer.timesketch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerline.audit.AuditTrail;
import io.ledgerline.domain.ImportProblem;
import io.ledgerline.importer.ImportService;
import io.ledgerline.domain.InputRefusedException;
import io.ledgerline.domain.LedgerlineException;
import io.ledgerline.domain.Progress;
import io.ledgerline.domain.ToolVersion;
import io.ledgerline.store.CaseFile;
import io.ledgerline.store.ImportHeader;
import io.ledgerline.store.ImportStore;
import io.ledgerline.store.ImportedFile;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Imports a Timesketch timeline (CSV or JSON Lines, optionally gzip) as events of one account already in the case:
 * the whole file in one transaction with its custody record, or — when refused — nothing at all. Runs on the
 * caller's thread; reports progress and checks cancellation through {@link Progress}.
 */
public final class TimesketchImportService {

    /** imports.format of a timeline import; the case format's own imports say ledgerline-case/1. */
    public static final String FORMAT = "timesketch";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Clock clock;

    public TimesketchImportService(Clock clock) {
        this.clock = clock;
    }

    public TimesketchImportService() {
        this(Clock.systemUTC());
    }

    /**
     * @param accountId the account the timeline's events belong to; it must be in the case
     * @throws InputRefusedException with every problem found (the case is unchanged)
     */
    public TimelineImportReport importTimeline(Path path, CaseFile caseFile, String accountId, Progress progress) {
        return importTimeline(path, caseFile, null, accountId, progress);
    }

    /** As above, and records the import in {@code trail} in the same transaction (action {@value #ACTION}). */
    public TimelineImportReport importTimeline(Path path, AuditTrail trail, String accountId, Progress progress) {
        return importTimeline(path, trail.caseFile(), trail, accountId, progress);
    }

    /** The audit trail's name for a timeline import. */
    public static final String ACTION = "import.timeline";

    private TimelineImportReport importTimeline(Path path, CaseFile caseFile, AuditTrail trail, String accountId,
            Progress progress) {
        if (!Files.isRegularFile(path)) {
            throw new InputRefusedException("No timeline file at " + path + ".");
        }
        TimelineFile file = TimelineFile.of(path);
        ImportStore store = new ImportStore(caseFile);
        if (!store.accountIds().contains(accountId)) {
            throw new InputRefusedException("Account " + accountId + " is not in the case " + caseFile.displayName()
                    + ": import the case export that holds it first. The case is unchanged.");
        }
        try {
            progress.update(0, 0, "Checking " + file.name());
            TimelineReading.Pass hashed = TimelineReading.hash(file);
            if (store.isImported(hashed.sha256())) {
                return new TimelineImportReport(file.name(), accountId, hashed.sha256(), hashed.sizeBytes(), 0, 0, 0,
                        null, true);
            }
            TimelineRowMapper mapper = new TimelineRowMapper(file.name(), accountId);
            TimelineReading.Pass checked = check(file, mapper, progress);
            if (!checked.sha256().equals(hashed.sha256())) {
                throw TimelineReading.refused(file, 0, "changed while it was being imported");
            }
            return write(store, trail, file, accountId, mapper, checked, progress);
        } catch (UncheckedIOException e) {
            throw new LedgerlineException(e.getMessage() + ". The case is unchanged.", e);
        }
    }

    /** First pass: every row is mapped, so a refusal lists every problem before anything is written. */
    private static TimelineReading.Pass check(TimelineFile file, TimelineRowMapper mapper, Progress progress) {
        List<ImportProblem> problems = new ArrayList<>();
        long[] total = {0};
        TimelineReading.Pass pass = TimelineReading.read(file, row -> {
            List<ImportProblem> rowProblems = new ArrayList<>(2);
            mapper.map(row, rowProblems);
            total[0] += rowProblems.size();
            if (problems.size() < TimelineBatch.MAX_LISTED) {
                problems.addAll(rowProblems.subList(0,
                        Math.min(rowProblems.size(), TimelineBatch.MAX_LISTED - problems.size())));
            }
            if (row.line() % 10_000 == 0) {
                progress.checkCancelled();
                progress.update(row.line(), 0, "Checking " + file.name());
            }
        });
        if (total[0] > 0) {
            throw TimelineReading.refused(file.name(), problems, total[0]);
        }
        return pass;
    }

    private TimelineImportReport write(ImportStore store, AuditTrail trail, TimelineFile file, String accountId,
            TimelineRowMapper mapper, TimelineReading.Pass checked, Progress progress) {
        try {
            return store.write(writer -> {
                long importId = writer.beginImport(header(file, accountId, checked));
                long fileId = writer.addFile(importId, new ImportedFile(file.name(), FORMAT, checked.sha256(),
                        checked.sizeBytes(), checked.rows()));
                TimelineBatch batch = new TimelineBatch(file.name(), writer, fileId);
                TimelineReading.Pass written = TimelineReading.read(file, row -> {
                    List<ImportProblem> problems = new ArrayList<>(0);
                    batch.add(mapper.map(row, problems));
                    if (!problems.isEmpty()) {
                        throw new IllegalStateException("a checked row failed: " + problems);
                    }
                    if (row.line() % 10_000 == 0) {
                        progress.checkCancelled();
                        progress.update(row.line(), 0, "Importing " + file.name());
                    }
                });
                batch.flush();
                if (!written.sha256().equals(checked.sha256())) {
                    throw TimelineReading.refused(file, 0, "changed while it was being imported");
                }
                batch.refuseIfAny();
                if (batch.imported() == 0) {
                    throw new NothingNewException(batch.duplicates());
                }
                batch.finish();
                if (trail != null) {
                    trail.append(writer.tx(), ImportService.custodyChange(ACTION, writer.tx(), importId));
                }
                return new TimelineImportReport(file.name(), accountId, checked.sha256(), checked.sizeBytes(),
                        checked.rows(), batch.imported(), batch.duplicates(), importId, false);
            });
        } catch (NothingNewException nothingNew) {
            return new TimelineImportReport(file.name(), accountId, checked.sha256(), checked.sizeBytes(),
                    checked.rows(), 0, nothingNew.duplicates, null, false);
        }
    }

    private ImportHeader header(TimelineFile file, String accountId, TimelineReading.Pass checked) {
        ObjectNode manifest = JSON.createObjectNode()
                .put("source", FORMAT)
                .put("file", file.name())
                .put("account_id", accountId)
                .put("sha256", checked.sha256())
                .put("rows", checked.rows())
                .put("form", file.jsonLines() ? "jsonl" : "csv")
                .put("gzip", file.gzip());
        return new ImportHeader(file.name(), FORMAT, null, null, null, null, manifest.toString(), false,
                clock.instant(), ToolVersion.get());
    }

    /** Rolls the transaction back when every row was already in the case: a re-import adds no custody row. */
    private static final class NothingNewException extends RuntimeException {
        private final long duplicates;

        NothingNewException(long duplicates) {
            super(null, null, false, false);
            this.duplicates = duplicates;
        }
    }
}
