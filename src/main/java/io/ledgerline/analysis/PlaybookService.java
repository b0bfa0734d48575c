package io.ledgerline.analysis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerline.domain.EventFacts;
import io.ledgerline.domain.LedgerlineException;
import io.ledgerline.domain.Progress;
import io.ledgerline.domain.ToolVersion;
import io.ledgerline.store.AnalysisRunStore;
import io.ledgerline.store.CaseFile;
import io.ledgerline.store.PlaybookStore;
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
        store.forEachEvent(READERS, part -> {
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
    public RecordedRun analyzeAndRecord(CaseFile caseFile, PlaybookSettings settings, Progress progress) {
        AnalysisResult result = analyze(caseFile, settings, progress);
        long id = new AnalysisRunStore(caseFile).record(result.run().runAt(),
                toJson(AnalysisJson.settings(settings)), result.run().toolVersion(), toJson(AnalysisJson.of(result)));
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
