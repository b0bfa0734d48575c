package io.ledgerline.store;

import static io.ledgerline.store.jooq.Tables.FILING_ENTRIES;
import static io.ledgerline.store.jooq.Tables.GENERATED_REPORTS;
import static io.ledgerline.store.jooq.Tables.RECOVERED_ENTRIES;

import io.ledgerline.domain.FilingEntry;
import io.ledgerline.domain.RecoveredEntry;
import io.ledgerline.store.jooq.tables.records.FilingEntriesRecord;
import io.ledgerline.store.jooq.tables.records.GeneratedReportsRecord;
import io.ledgerline.store.jooq.tables.records.RecoveredEntriesRecord;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Record;

/**
 * The investigator's filing entries, recovered amounts and the record of generated reports: append-only histories
 * (the schema refuses updates and deletes), read oldest first so a later entry supersedes an earlier one. Written only
 * inside an audited transaction ({@link Tx}), each write returning the row for its audit entry.
 */
public final class FilingStore {

    private final CaseFile caseFile;

    public FilingStore(CaseFile caseFile) {
        this.caseFile = caseFile;
    }

    /** Records an entry of {@code field} at {@code at} (UTC) inside {@code tx}; returns the row as written. */
    public static WrittenRow addEntry(Tx tx, Instant at, String field, String text, String investigator,
            String reason) {
        FilingEntriesRecord row = tx.dsl().insertInto(FILING_ENTRIES)
                .set(FILING_ENTRIES.FIELD, field)
                .set(FILING_ENTRIES.TEXT, text)
                .set(FILING_ENTRIES.ENTERED_AT, at.toString())
                .set(FILING_ENTRIES.INVESTIGATOR, investigator)
                .set(FILING_ENTRIES.REASON, reason)
                .returning()
                .fetchOne();
        return new WrittenRow(FILING_ENTRIES.getName(), String.valueOf(row.getId()), row.intoMap());
    }

    /** The latest entry of {@code field}, which a new entry supersedes; read inside {@code tx}. */
    public static Optional<Map<String, Object>> latestEntry(Tx tx, String field) {
        return tx.dsl().selectFrom(FILING_ENTRIES).where(FILING_ENTRIES.FIELD.eq(field))
                .orderBy(FILING_ENTRIES.ID.desc()).limit(1).fetchOptional(Record::intoMap);
    }

    /** Every filing entry, oldest first. */
    public List<FilingEntry> entries() {
        return caseFile.dsl().selectFrom(FILING_ENTRIES).orderBy(FILING_ENTRIES.ID)
                .fetch(r -> new FilingEntry(r.getId(), r.getField(), r.getText(), Instant.parse(r.getEnteredAt()),
                        r.getInvestigator(), r.getReason()));
    }

    /** Records a recovered amount, stamped {@code at} (UTC), inside {@code tx}; returns the row as written. */
    public static WrittenRow addRecovered(Tx tx, Instant at, RecoveredEntry entry) {
        RecoveredEntriesRecord row = tx.dsl().insertInto(RECOVERED_ENTRIES)
                .set(RECOVERED_ENTRIES.ACCOUNT_ID, entry.accountId())
                .set(RECOVERED_ENTRIES.ASSET, entry.asset())
                .set(RECOVERED_ENTRIES.AMOUNT, entry.amount())
                .set(RECOVERED_ENTRIES.ENTERED_AT, at.toString())
                .set(RECOVERED_ENTRIES.INVESTIGATOR, entry.investigator())
                .set(RECOVERED_ENTRIES.REASON, entry.reason())
                .returning()
                .fetchOne();
        return new WrittenRow(RECOVERED_ENTRIES.getName(), String.valueOf(row.getId()), row.intoMap());
    }

    /** The latest recovered amount of {@code accountId} in {@code asset}, which a new one supersedes. */
    public static Optional<Map<String, Object>> latestRecovered(Tx tx, String accountId, String asset) {
        return tx.dsl().selectFrom(RECOVERED_ENTRIES)
                .where(RECOVERED_ENTRIES.ACCOUNT_ID.eq(accountId), RECOVERED_ENTRIES.ASSET.eq(asset))
                .orderBy(RECOVERED_ENTRIES.ID.desc()).limit(1).fetchOptional(Record::intoMap);
    }

    /** Every recovered-amount entry, oldest first. */
    public List<RecoveredEntry> recovered() {
        return caseFile.dsl().selectFrom(RECOVERED_ENTRIES).orderBy(RECOVERED_ENTRIES.ID)
                .fetch(r -> new RecoveredEntry(r.getId(), r.getAccountId(), r.getAsset(), r.getAmount(),
                        Instant.parse(r.getEnteredAt()), r.getInvestigator(), r.getReason()));
    }

    /** Records a generated report inside {@code tx}; returns the row as written (its columns carry the sha256). */
    public static WrittenRow recordReport(Tx tx, ReportRecord report) {
        GeneratedReportsRecord row = tx.dsl().insertInto(GENERATED_REPORTS)
                .set(GENERATED_REPORTS.KIND, report.kind())
                .set(GENERATED_REPORTS.FILE_NAME, report.fileName())
                .set(GENERATED_REPORTS.SHA256, report.sha256())
                .set(GENERATED_REPORTS.SIZE_BYTES, report.sizeBytes())
                .set(GENERATED_REPORTS.ANALYSIS_RUN_ID, Math.toIntExact(report.analysisRunId()))
                .set(GENERATED_REPORTS.GENERATED_AT, report.generatedAt().toString())
                .set(GENERATED_REPORTS.INVESTIGATOR, report.investigator())
                .returning()
                .fetchOne();
        return new WrittenRow(GENERATED_REPORTS.getName(), String.valueOf(row.getId()), row.intoMap());
    }

    /** Every generated report, oldest first. */
    public List<ReportRecord> reports() {
        return caseFile.dsl().selectFrom(GENERATED_REPORTS).orderBy(GENERATED_REPORTS.ID)
                .fetch(r -> new ReportRecord(r.getId(), r.getKind(), r.getFileName(), r.getSha256(),
                        r.getSizeBytes(), r.getAnalysisRunId(), Instant.parse(r.getGeneratedAt()),
                        r.getInvestigator()));
    }
}
