package io.ledgerline.store;

import static io.ledgerline.store.jooq.Tables.ANALYSIS_RUNS;

import io.ledgerline.store.jooq.tables.records.AnalysisRunsRecord;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The case's record of playbook runs; append-only (the schema refuses updates and deletes). */
public final class AnalysisRunStore {

    private final CaseFile caseFile;

    public AnalysisRunStore(CaseFile caseFile) {
        this.caseFile = caseFile;
    }

    /** Records a run inside {@code tx} (with its audit entry, by the caller); returns the row as written. */
    public static WrittenRow record(Tx tx, Instant runAt, String settingsJson, String toolVersion, String resultJson) {
        AnalysisRunsRecord row = tx.dsl().insertInto(ANALYSIS_RUNS)
                .set(ANALYSIS_RUNS.RUN_AT, runAt.toString())
                .set(ANALYSIS_RUNS.SETTINGS_JSON, settingsJson)
                .set(ANALYSIS_RUNS.TOOL_VERSION, toolVersion)
                .set(ANALYSIS_RUNS.RESULT_JSON, resultJson)
                .returning()
                .fetchOne();
        return new WrittenRow(ANALYSIS_RUNS.getName(), String.valueOf(row.getId()), row.intoMap());
    }

    /** The run recorded under {@code id}, if any. */
    public Optional<AnalysisRun> run(long id) {
        return caseFile.dsl().selectFrom(ANALYSIS_RUNS).where(ANALYSIS_RUNS.ID.eq((int) id)).fetchOptional()
                .map(AnalysisRunStore::toRun);
    }

    /** The latest recorded run, if any. */
    public Optional<AnalysisRun> latest() {
        return caseFile.dsl().selectFrom(ANALYSIS_RUNS).orderBy(ANALYSIS_RUNS.ID.desc()).limit(1).fetchOptional()
                .map(AnalysisRunStore::toRun);
    }

    private static AnalysisRun toRun(io.ledgerline.store.jooq.tables.records.AnalysisRunsRecord r) {
        return new AnalysisRun(r.getId(), Instant.parse(r.getRunAt()), r.getSettingsJson(), r.getToolVersion(),
                r.getResultJson());
    }

    /** Every recorded run, oldest first. */
    public List<AnalysisRun> runs() {
        return caseFile.dsl().selectFrom(ANALYSIS_RUNS).orderBy(ANALYSIS_RUNS.ID)
                .fetch(AnalysisRunStore::toRun);
    }
}
