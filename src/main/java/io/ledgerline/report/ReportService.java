package io.ledgerline.report;

import io.ledgerline.analysis.PlaybookService;
import io.ledgerline.analysis.RecordedRun;
import io.ledgerline.analysis.RunChoice;
import io.ledgerline.audit.AuditActions;
import io.ledgerline.audit.AuditTrail;
import io.ledgerline.audit.Change;
import io.ledgerline.audit.Recorded;
import io.ledgerline.domain.InputRefusedException;
import io.ledgerline.domain.LedgerlineException;
import io.ledgerline.domain.Progress;
import io.ledgerline.report.xlsx.DocumentInfo;
import io.ledgerline.report.xlsx.WorkbookWriter;
import io.ledgerline.store.CaseFile;
import io.ledgerline.store.FilingStore;
import io.ledgerline.store.ReportRecord;
import io.ledgerline.store.WrittenRow;
import io.ledgerline.whatif.ControlCatalog;
import io.ledgerline.whatif.RemediationTable;
import io.ledgerline.whatif.WhatIfService;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Writes the regulator or compensation workbook of a case for one recorded analysis run, writes its SHA-256 beside it
 * ({@code OUT.xlsx.sha256}) and records it in the case through the audit trail (action
 * {@link AuditActions#REPORT_GENERATE}, the entry's "after" carrying the sha256 that {@code verify --report} looks
 * for). The same case, run and generation time give the same bytes: the time stamp comes from this service's clock,
 * not the trail's. Runs on the caller's thread (never the UI thread); honours cancellation between sheets.
 */
public final class ReportService {

    private final Clock clock;
    private final AccountPictures pictures;

    public ReportService(Clock clock, AccountPictures pictures) {
        this.clock = clock;
        this.pictures = pictures;
    }

    public ReportService() {
        this(Clock.systemUTC(), new TimelinePictures());
    }

    /**
     * @param trail the case's trail; its investigator is the document author and is recorded with the report
     * @param out   the workbook to write ({@code .xlsx}); replaced if it exists
     * @param runId the recorded analysis run to use, or null for the latest current one (see {@link RunChoice})
     * @throws InputRefusedException for a name without {@code .xlsx} or an unknown run
     */
    public GeneratedReport write(AuditTrail trail, ReportKind kind, Path out, Long runId, Progress progress) {
        if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new InputRefusedException("A report is an Excel workbook: name it *.xlsx (got " + out.getFileName()
                    + ").");
        }
        CaseFile caseFile = trail.caseFile();
        String investigator = trail.investigator();
        // whole seconds: the Cover, the document properties and the case record all show the same time
        Instant generatedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        RecordedRun run = new RunChoice(new PlaybookService(clock)).choose(trail, runId, progress);
        ReportData data = new ReportDataReader(caseFile).read(run, generatedAt, investigator, progress);
        // the what-if replays the whole case: read here, with the rest of the data, not while the workbook is written
        RemediationTable remediation = kind == ReportKind.REGULATOR ? RemediationTable.of(new WhatIfService().run(
                caseFile, data.run().run().settings(), ControlCatalog.defaults(), progress)) : null;
        progress.update(5, 5, "Writing the " + kind.title().toLowerCase(Locale.ROOT) + " workbook");
        Path absolute = out.toAbsolutePath();
        Path partial = absolute.resolveSibling(absolute.getFileName() + ".tmp");
        try (WorkbookWriter workbook = new WorkbookWriter(info(kind, data))) {
            if (kind == ReportKind.REGULATOR) {
                RegulatorWorkbook.write(workbook, data, remediation, pictures, caseFile, progress);
            } else {
                CompensationSheet.write(workbook, data);
                WithdrawalsSheet.write(workbook, data);
            }
            createParent(absolute);
            workbook.write(partial);
            String sha256 = sha256(partial);
            long size = Files.size(partial);
            ReportRecord record = new ReportRecord(0, kind.code(), absolute.getFileName().toString(), sha256, size,
                    run.id(), generatedAt, investigator);
            // the workbook takes its name inside the transaction that records it: a failed move records nothing, and
            // a refused record leaves an earlier report under that name as it was
            long recordId = trail.record(tx -> {
                WrittenRow row = FilingStore.recordReport(tx, record);
                moveIntoPlace(partial, absolute);
                return new Recorded<>(row.id(), Change.of(AuditActions.REPORT_GENERATE, row, null, null, null));
            });
            Path shaFile = absolute.resolveSibling(absolute.getFileName() + ".sha256");
            Files.writeString(shaFile, sha256 + "  " + absolute.getFileName() + "\n", StandardCharsets.UTF_8);
            return new GeneratedReport(kind, absolute, shaFile, sha256, size, run.id(), generatedAt, recordId);
        } catch (IOException e) {
            throw new LedgerlineException("Cannot write the report " + out + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(partial);
        }
    }

    private static void moveIntoPlace(Path partial, Path target) {
        try {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new LedgerlineException("Cannot write the report " + target + ": " + e.getMessage(), e);
        }
    }

    static DocumentInfo info(ReportKind kind, ReportData data) {
        String company = data.filing().text(FilingField.ENTITY_NAME).orElse("entity name to be completed");
        return new DocumentInfo(kind.title() + " " + data.caseId(),
                data.header().title() == null ? "Account-takeover incident" : data.header().title(),
                data.investigator(), company, data.generatedAt(), data.caseId(),
                kind.title() + " · Ledgerline " + data.toolVersion() + " · analysis run #" + data.runId());
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file),
                MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static void createParent(Path file) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(ReportService.class).warn("Cannot remove {}", file, e);
        }
    }
}
