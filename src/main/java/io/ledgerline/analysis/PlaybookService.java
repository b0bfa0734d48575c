package io.ledgerline.analysis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerline.domain.EventFacts;
import io.ledgerline.domain.LedgerlineException;
import io.ledgerline.domain.Progress;
import io.ledgerline.domain.ToolVersion;
import io.ledgerline.audit.AuditTrail;
import io.ledgerline.audit.Change;
import io.ledgerline.audit.Recorded;
import io.ledgerline.store.AnalysisRunStore;
import io.ledgerline.store.CaseFile;
import io.ledgerline.store.PlaybookStore;
import io.ledgerline.store.WrittenRow;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs the account-takeover playbook over an open case: prices and legal requests are read once, then every event in
 * one pass ordered by account and time, one account's events in memory at a time. Runs on the caller's thread (never
 * the UI thread); honours cancellation between accounts.
 */
public final class PlaybookService {

    /** The audit action of a recorded run. */
    public static final String RECORD_ACTION = "analysis.record";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Clock clock;

    public PlaybookService(Clock clock) {
        this.clock = clock;
    }

    public PlaybookService() {
        this(Clock.systemUTC());
    }

    /** Readers of the event pass: one per core, at most four. */
    public static final int READERS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    /** The playbook's proposals for {@code caseFile} under {@code settings}; the run is stamped with the clock's now. */
    public AnalysisResult analyze(CaseFile caseFile, PlaybookSettings settings, Progress progress) {
        RunInfo run = new RunInfo(clock.instant(), settings, ToolVersion.get());
        PlaybookStore store = new PlaybookStore(caseFile);
        Playbook playbook = new Playbook(settings, PriceBook.of(store.prices()), store.verificationByRequest());
        // one reader per core: each range of accounts is read and judged on its own thread
        List<AccountBatcher<EventFacts>> batchers = new ArrayList<>();
        AtomicLong seen = new AtomicLong();
        store.forEachEventThatCanHit(READERS, settings.freshAddressAge(), part -> {
            var batcher = new AccountBatcher<>(EventFacts::accountId, playbook::account, progress, seen,
                    "Analysing events");
            synchronized (batchers) {
                batchers.add(batcher);
            }
            return batcher;
        });
        batchers.forEach(AccountBatcher::flush);
        return playbook.result(run);
    }

    /**
     * Runs the playbook and records the run in the case (when, settings, tool version, and the result as the JSON of
     * {@link AnalysisJson}), so a report can name the run it used.
     */
    public RecordedRun analyzeAndRecord(AuditTrail trail, PlaybookSettings settings, Progress progress) {
        AnalysisResult result = analyze(trail.caseFile(), settings, progress);
        String settingsJson = toJson(AnalysisJson.settings(settings));
        String resultJson = toJson(AnalysisJson.of(result));
        // a recorded run is what reports rest on: signed into the trail like any other change, so an edit shows
        long id = trail.record(tx -> {
            WrittenRow row = AnalysisRunStore.record(tx, result.run().runAt(), settingsJson, result.run().toolVersion(),
                    resultJson);
            return new Recorded<>(row.id(), Change.of(RECORD_ACTION, row, null, null, null));
        });
        return new RecordedRun(id, result);
    }

    private static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new LedgerlineException("Cannot record the analysis run: " + e.getOriginalMessage(), e);
        }
    }
}
