package io.ledgerline.analysis;

import io.ledgerline.analysis.rule.R4UnsafeDisclosureRule;
import io.ledgerline.domain.EventFacts;
import io.ledgerline.domain.Verification;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The default account-takeover playbook over a whole case, fed one account at a time: no database, so it is tested on
 * events built in code and driven by {@link PlaybookService} from one ordered pass over the case. Accounts may be
 * judged on several threads at once; the result is taken once all of them are done.
 */
public final class Playbook {

    private static final Comparator<AccountFinding> BY_ACCOUNT = Comparator.comparing(AccountFinding::accountId);

    private final AccountPlaybook accounts;
    private final PriceBook prices;
    private final R4UnsafeDisclosureRule r4;
    private final List<AccountFinding> findings = new ArrayList<>();
    private final TreeSet<String> unsafeDisclosures = new TreeSet<>();

    /** @param verificationByRequest every legal request of the case, by id */
    public Playbook(PlaybookSettings settings, PriceBook prices, Map<String, Verification> verificationByRequest) {
        this.accounts = new AccountPlaybook(settings);
        this.prices = prices;
        this.r4 = new R4UnsafeDisclosureRule(verificationByRequest);
    }

    /**
     * Judges one account; {@code events} are all of its events, in time order (ties in import order). Thread-safe:
     * accounts may be judged on several threads at once (the rules hold no state between accounts).
     */
    public void account(String accountId, List<EventFacts> events) {
        List<String> unsafe = new ArrayList<>();
        for (EventFacts e : events) {
            r4.unsafeRequest(e).ifPresent(unsafe::add);
        }
        var finding = accounts.judge(accountId, events);
        synchronized (this) {
            unsafeDisclosures.addAll(unsafe);
            finding.ifPresent(findings::add);
        }
    }

    /**
     * One account's suspected takeover (window and unauthorized withdrawals) without recording it, as
     * {@link #account} judges it: the remediation what-if replays exactly the playbook's judgement. Thread-safe.
     */
    public Optional<AccountFinding> judge(String accountId, List<EventFacts> events) {
        return accounts.judge(accountId, events);
    }

    /** The result so far, stamped with {@code run}. */
    public synchronized AnalysisResult result(RunInfo run) {
        // sorted first: accounts may have been judged on several threads, in any order
        List<AccountFinding> sorted = findings.stream().sorted(BY_ACCOUNT).toList();
        List<List<String>> clusters = Clusters.of(sorted);
        Map<String, Integer> clusterOf = new HashMap<>();
        for (int i = 0; i < clusters.size(); i++) {
            for (String account : clusters.get(i)) {
                clusterOf.put(account, i + 1);
            }
        }
        List<CompromisedAccount> compromised = new ArrayList<>();
        for (AccountFinding f : sorted) {
            AccountLoss loss = AccountLoss.of(f.unauthorizedWithdrawals(), prices);
            compromised.add(new CompromisedAccount(f.accountId(), f.window(),
                    f.unauthorizedWithdrawals().stream().map(EventFacts::eventId).toList(), loss,
                    clusterOf.get(f.accountId())));
        }
        BigDecimal totalExact = AccountLoss.totalUsdExact(compromised.stream().map(CompromisedAccount::loss).toList());
        Map<String, java.util.Set<String>> linkKeys = new HashMap<>();
        sorted.forEach(f -> linkKeys.put(f.accountId(), f.linkKeys()));
        return new AnalysisResult(run, compromised, totalExact, clusters, List.copyOf(unsafeDisclosures), linkKeys);
    }
}
