package io.ledgerline.whatif;

import io.ledgerline.analysis.AccountBatcher;
import io.ledgerline.analysis.AccountFinding;
import io.ledgerline.analysis.AccountLoss;
import io.ledgerline.analysis.Playbook;
import io.ledgerline.analysis.PlaybookService;
import io.ledgerline.analysis.PlaybookSettings;
import io.ledgerline.analysis.PriceBook;
import io.ledgerline.analysis.rule.R4UnsafeDisclosureRule;
import io.ledgerline.domain.EventFacts;
import io.ledgerline.domain.LocatedEvent;
import io.ledgerline.domain.Progress;
import io.ledgerline.domain.Verification;
import io.ledgerline.store.CaseFile;
import io.ledgerline.store.PlaybookStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Replays a case under remediation controls: one ordered pass over its events (as the playbook's, on one reader per
 * core), each account judged by the playbook and then by every control. Compromised accounts give the loss each
 * control would have prevented; every other account the friction. Runs on the caller's thread (never the UI
 * thread); honours cancellation between accounts. Reads only: nothing is recorded in the case.
 */
public final class WhatIfService {

    /** Each control in {@code controls} replayed over {@code caseFile}, whose takeovers the playbook finds under
     * {@code settings}. */
    public WhatIfResult run(CaseFile caseFile, PlaybookSettings settings, List<Control> controls, Progress progress) {
        PlaybookStore store = new PlaybookStore(caseFile);
        PriceBook prices = PriceBook.of(store.prices());
        Map<String, Verification> verifications = store.verificationByRequest();
        Replay replay = new Replay(new Playbook(settings, prices, verifications),
                new R4UnsafeDisclosureRule(verifications), prices, controls);
        List<AccountBatcher<LocatedEvent>> batchers = new ArrayList<>();
        AtomicLong seen = new AtomicLong();
        store.forEachLocatedEvent(PlaybookService.READERS, part -> {
            var batcher = new AccountBatcher<LocatedEvent>(e -> e.facts().accountId(), replay::account, progress,
                    seen, "Replaying events under the controls");
            synchronized (batchers) {
                batchers.add(batcher);
            }
            return batcher;
        });
        batchers.forEach(AccountBatcher::flush);
        return replay.result(settings);
    }

    /** The replay's state across accounts; accounts arrive on several threads at once. */
    private static final class Replay {
        private final Playbook playbook;
        private final R4UnsafeDisclosureRule disclosures;
        private final PriceBook prices;
        private final List<Control> controls;
        private final List<List<AccountOutcome>> outcomes = new ArrayList<>();
        private final List<FrictionTally> friction = new ArrayList<>();
        private final List<EventFacts> unauthorized = new ArrayList<>();
        private long honestAccounts;

        Replay(Playbook playbook, R4UnsafeDisclosureRule disclosures, PriceBook prices, List<Control> controls) {
            this.playbook = playbook;
            this.disclosures = disclosures;
            this.prices = prices;
            this.controls = List.copyOf(controls);
            for (int i = 0; i < controls.size(); i++) {
                outcomes.add(new ArrayList<>());
                friction.add(new FrictionTally());
            }
        }

        void account(String accountId, List<LocatedEvent> events) {
            AccountHistory history = new AccountHistory(accountId, events, disclosures);
            Optional<AccountFinding> finding = playbook.judge(accountId, history.events());
            List<AccountOutcome> mine = new ArrayList<>(controls.size());
            for (int i = 0; i < controls.size(); i++) {
                List<Stop> stops = controls.get(i).stops(history);
                if (finding.isPresent()) {
                    mine.add(AttackReplay.replay(finding.get(), stops, history, prices));
                } else {
                    friction.get(i).add(accountId, stops);
                }
            }
            synchronized (this) {
                if (finding.isPresent()) {
                    unauthorized.addAll(finding.get().unauthorizedWithdrawals());
                    for (int i = 0; i < mine.size(); i++) {
                        outcomes.get(i).add(mine.get(i));
                    }
                } else {
                    honestAccounts++;
                }
            }
        }

        synchronized WhatIfResult result(PlaybookSettings settings) {
            List<ControlOutcome> results = new ArrayList<>();
            for (int i = 0; i < controls.size(); i++) {
                List<AccountOutcome> accounts = outcomes.get(i).stream()
                        .sorted(Comparator.comparing(AccountOutcome::accountId)).toList();
                List<EventFacts> prevented = accounts.stream().flatMap(a -> a.withdrawals().stream())
                        .filter(w -> w.verdict().prevented()).map(WithdrawalOutcome::withdrawal).toList();
                results.add(new ControlOutcome(controls.get(i), accounts, AccountLoss.of(prevented, prices),
                        friction.get(i).result()));
            }
            // accounts were judged on several threads: sorted, so unvalued withdrawals are listed in a fixed order
            List<EventFacts> all = unauthorized.stream().sorted(Comparator.comparing(EventFacts::accountId)
                    .thenComparing(EventFacts::occurredAt)).toList();
            int compromised = (int) all.stream().map(EventFacts::accountId).distinct().count();
            return new WhatIfResult(settings, AccountLoss.of(all, prices), compromised, all.size(), honestAccounts,
                    results);
        }
    }
}
