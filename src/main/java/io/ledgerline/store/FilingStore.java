package io.ledgerline.store;

import static io.ledgerline.store.jooq.Tables.FILING_ENTRIES;
import static io.ledgerline.store.jooq.Tables.GENERATED_REPORTS;
import static io.ledgerline.store.jooq.Tables.RECOVERED_ENTRIES;

import io.ledgerline.domain.FilingEntry;
import io.ledgerline.domain.RecoveredEntry;
import java.time.Instant;
import java.util.List;

/**
 * The investigator's filing entries, recovered amounts and the record of generated reports: append-only histories
 * (the schema refuses updates and deletes), read oldest first so a later entry supersedes an earlier one.
 */
public final class FilingStore {

    private final CaseFile caseFile;

    public FilingStore(CaseFile caseFile) {
        this.caseFile = caseFile;
    }

    /** Records an entry of {@code field} at {@code at} (UTC) in its own transaction; returns its id. */
    public long addEntry(Instant at, String field, String text, String investigator, String reason) {
        return caseFile.transaction(dsl -> dsl.insertInto(FILING_ENTRIES)
                .set(FILING_ENTRIES.FIELD, field)
                .set(FILING_ENTRIES.TEXT, text)
                .set(FILING_ENTRIES.ENTERED_AT, at.toString())
                .set(FILING_ENTRIES.INVESTIGATOR, investigator)
                .set(FILING_ENTRIES.REASON, reason)
                .returning(FILING_ENTRIES.ID)
                .fetchOne(FILING_ENTRIES.ID)).longValue();
    }

    /** Every filing entry, oldest first. */
    public List<FilingEntry> entries() {
        return caseFile.dsl().selectFrom(FILING_ENTRIES).orderBy(FILING_ENTRIES.ID)
                .fetch(r -> new FilingEntry(r.getId(), r.getField(), r.getText(), Instant.parse(r.getEnteredAt()),
                        r.getInvestigator(), r.getReason()));
    }

    /** Records a recovered amount in its own transaction; returns its id. */
    public long addRecovered(Instant at, RecoveredEntry entry) {
        return caseFile.transaction(dsl -> dsl.insertInto(RECOVERED_ENTRIES)
                .set(RECOVERED_ENTRIES.ACCOUNT_ID, entry.accountId())
                .set(RECOVERED_ENTRIES.ASSET, entry.asset())
                .set(RECOVERED_ENTRIES.AMOUNT, entry.amount())
                .set(RECOVERED_ENTRIES.ENTERED_AT, at.toString())
                .set(RECOVERED_ENTRIES.INVESTIGATOR, entry.investigator())
                .set(RECOVERED_ENTRIES.REASON, entry.reason())
                .returning(RECOVERED_ENTRIES.ID)
                .fetchOne(RECOVERED_ENTRIES.ID)).longValue();
    }

    /** Every recovered-amount entry, oldest first. */
    public List<RecoveredEntry> recovered() {
        return caseFile.dsl().selectFrom(RECOVERED_ENTRIES).orderBy(RECOVERED_ENTRIES.ID)
                .fetch(r -> new RecoveredEntry(r.getId(), r.getAccountId(), r.getAsset(), r.getAmount(),
                        Instant.parse(r.getEnteredAt()), r.getInvestigator(), r.getReason()));
    }

    /** Records a generated report in its own transaction; returns its id. */
    public long recordReport(ReportRecord report) {
        return caseFile.transaction(dsl -> dsl.insertInto(GENERATED_REPORTS)
                .set(GENERATED_REPORTS.KIND, report.kind())
                .set(GENERATED_REPORTS.FILE_NAME, report.fileName())
                .set(GENERATED_REPORTS.SHA256, report.sha256())
                .set(GENERATED_REPORTS.SIZE_BYTES, report.sizeBytes())
                .set(GENERATED_REPORTS.ANALYSIS_RUN_ID, Math.toIntExact(report.analysisRunId()))
                .set(GENERATED_REPORTS.GENERATED_AT, report.generatedAt().toString())
                .set(GENERATED_REPORTS.INVESTIGATOR, report.investigator())
                .returning(GENERATED_REPORTS.ID)
                .fetchOne(GENERATED_REPORTS.ID)).longValue();
    }

    /** Every generated report, oldest first. */
    public List<ReportRecord> reports() {
        return caseFile.dsl().selectFrom(GENERATED_REPORTS).orderBy(GENERATED_REPORTS.ID)
                .fetch(r -> new ReportRecord(r.getId(), r.getKind(), r.getFileName(), r.getSha256(),
                        r.getSizeBytes(), r.getAnalysisRunId(), Instant.parse(r.getGeneratedAt()),
                        r.getInvestigator()));
    }
}
