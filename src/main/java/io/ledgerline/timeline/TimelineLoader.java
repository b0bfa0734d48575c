package io.ledgerline.timeline;

import io.ledgerline.analysis.AccountRuleHits;
import io.ledgerline.analysis.AnalysisResult;
import io.ledgerline.analysis.PlaybookService;
import io.ledgerline.analysis.ReviewService;
import io.ledgerline.domain.InputRefusedException;
import io.ledgerline.domain.Progress;
import io.ledgerline.store.ReviewStore;
import io.ledgerline.analysis.CompromiseWindow;
import io.ledgerline.analysis.PlaybookSettings;
import io.ledgerline.analysis.ReviewedAccount;
import io.ledgerline.store.AnnotationStore;
import io.ledgerline.store.CaseFile;
import io.ledgerline.store.ReportStore;
import io.ledgerline.store.TimelineEntry;
import io.ledgerline.store.TimelineStore;
import io.ledgerline.domain.LegalRequest;
import io.ledgerline.domain.Verification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds an account's timeline from the case: its events in one lean read, the playbook's marks for them under the
 * run's settings, and the findings after the investigator's review. Runs on a worker thread.
 */
public final class TimelineLoader {

    private final CaseFile caseFile;

    public TimelineLoader(CaseFile caseFile) {
        this.caseFile = caseFile;
    }

    /**
     * The account's timeline with the findings of a fresh playbook run under {@code settings} and the investigator's
     * kept review decisions, as the CLI's picture export needs it. Refuses an account the case does not have.
     */
    public TimelineScene loadReviewed(String accountId, PlaybookSettings settings, Progress progress) {
        if (!new ReviewStore(caseFile).accountExists(accountId)) {
            throw new InputRefusedException("The case has no account " + accountId + ".");
        }
        AnalysisResult run = new PlaybookService().analyze(caseFile, settings, progress);
        ReviewedAccount reviewed = new ReviewService().review(caseFile, run).account(accountId).orElse(null);
        return load(accountId, reviewed, settings);
    }

    /**
     * @param reviewed the account as reviewed in the current analysis, or null when it is not a suspected or confirmed
     *                 takeover
     */
    public TimelineScene load(String accountId, ReviewedAccount reviewed, PlaybookSettings settings) {
        List<TimelineEntry> entries = new TimelineStore(caseFile).entries(accountId);
        Map<String, LegalRequest> requests = new HashMap<>();
        new ReportStore(caseFile).legalRequests().forEach(r -> requests.put(r.requestId(), r));
        Map<String, Verification> verification = new HashMap<>();
        requests.forEach((id, r) -> verification.put(id, r.verification()));
        AccountRuleHits hits = AccountRuleHits.of(entries.stream().map(TimelineEntry::facts).toList(), settings,
                verification);
        Optional<CompromiseWindow> window = reviewed == null || reviewed.proposal() == null ? Optional.empty()
                : Optional.of(reviewed.proposal().window());
        Set<String> unauthorized = reviewed == null ? Set.of() : Set.copyOf(reviewed.unauthorizedWithdrawals());
        AccountTimeline timeline = new AccountTimeline(accountId, entries,
                new TimelineFindings(window, unauthorized, hits, requests));
        return new TimelineScene(timeline, annotations(accountId), EventFilter.ALL);
    }

    public Annotations annotations(String accountId) {
        return Annotations.of(new AnnotationStore(caseFile).ofAccount(accountId));
    }
}
