package io.ledgerline.report;

import io.ledgerline.analysis.PlaybookService;
import io.ledgerline.analysis.RecordedRun;
import io.ledgerline.analysis.ReviewedAccount;
import io.ledgerline.analysis.RunChoice;
import io.ledgerline.audit.AuditTrail;
import io.ledgerline.domain.Progress;
import io.ledgerline.report.xlsx.WorkbookWriter;
import io.ledgerline.whatif.ControlCatalog;
import io.ledgerline.whatif.RemediationTable;
import io.ledgerline.whatif.WhatIfService;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The regulator workbook of a case with everything it shows read beforehand — the case data, the timeline rows, the
 * what-if table and the timeline pictures — so that {@link #write} times writing the workbook alone, exactly as
 * {@link ReportService} writes it. For the report benchmark (it lives in this package to reach the sheets).
 */
public final class PreparedRegulatorWorkbook {

    private final AuditTrail trail;
    private final ReportData data;
    private final RemediationTable remediation;
    private final AccountPictures pictures;
    private final double readSeconds;
    private final double pictureSeconds;
    private final int pictureCount;

    private PreparedRegulatorWorkbook(AuditTrail trail, ReportData data, RemediationTable remediation,
            AccountPictures pictures, double readSeconds, double pictureSeconds, int pictureCount) {
        this.trail = trail;
        this.data = data;
        this.remediation = remediation;
        this.pictures = pictures;
        this.readSeconds = readSeconds;
        this.pictureSeconds = pictureSeconds;
        this.pictureCount = pictureCount;
    }

    /** Reads the case for analysis run {@code runId} and renders each affected account's timeline picture once. */
    public static PreparedRegulatorWorkbook prepare(AuditTrail trail, long runId) {
        long start = System.nanoTime();
        RecordedRun run = new RunChoice(new PlaybookService()).choose(trail, runId, Progress.NONE);
        ReportData read = new ReportDataReader(trail.caseFile()).read(run, Instant.parse("2025-01-01T00:00:00Z"),
                trail.investigator(), Progress.NONE);
        List<TimelineRow> rows = new ArrayList<>();
        read.timeline().forEach(rows::add);
        ReportData data = new ReportData(read.header(), read.runId(), read.reviewed(), read.filing(),
                read.accounts(), read.legalRequests(), read.custody(), read.indicators(), read.compensation(),
                read.incident(), rows::forEach, read.generatedAt(), read.investigator(), read.toolVersion());
        RemediationTable remediation = RemediationTable.of(new WhatIfService().run(trail.caseFile(),
                data.run().run().settings(), ControlCatalog.defaults(), Progress.NONE));
        long read2 = System.nanoTime();
        Map<String, byte[]> png = new HashMap<>();
        TimelinePictures painter = new TimelinePictures();
        for (ReviewedAccount a : data.reviewed().accounts()) {
            painter.png(trail.caseFile(), a, data.run().run().settings()).ifPresent(p -> png.put(a.accountId(), p));
        }
        long drawn = System.nanoTime();
        return new PreparedRegulatorWorkbook(trail, data, remediation,
                (caseFile, account, settings) -> Optional.ofNullable(png.get(account.accountId())),
                (read2 - start) / 1e9, (drawn - read2) / 1e9, png.size());
    }

    /** Writes the workbook to {@code target} as the report does (styles, formats, pictures, print setup, …). */
    public void write(Path target) {
        try (WorkbookWriter workbook = new WorkbookWriter(ReportService.info(ReportKind.REGULATOR, data))) {
            RegulatorWorkbook.write(workbook, data, remediation, pictures, trail.caseFile(), Progress.NONE);
            workbook.write(target);
        }
    }

    /** Seconds it took to read the case (data, timeline rows, what-if table). */
    public double readSeconds() {
        return readSeconds;
    }

    /** Seconds it took to draw the timeline pictures. */
    public double pictureSeconds() {
        return pictureSeconds;
    }

    public int pictureCount() {
        return pictureCount;
    }
}
