package io.ledgerline.report;

import io.ledgerline.analysis.CompromiseWindow;
import io.ledgerline.analysis.PriceBook;
import io.ledgerline.analysis.RecordedRun;
import io.ledgerline.analysis.ReviewService;
import io.ledgerline.analysis.ReviewStatus;
import io.ledgerline.analysis.ReviewedAccount;
import io.ledgerline.analysis.ReviewedResult;
import io.ledgerline.analysis.AccountRuleHits;
import io.ledgerline.analysis.PlaybookRule;
import io.ledgerline.analysis.PlaybookSettings;
import io.ledgerline.analysis.rule.R4UnsafeDisclosureRule;
import io.ledgerline.compensation.Compensation;
import io.ledgerline.compensation.CompensationBasis;
import io.ledgerline.compensation.CompensationService;
import io.ledgerline.compensation.Proposal;
import io.ledgerline.compensation.RecoveredService;
import io.ledgerline.domain.Event;
import io.ledgerline.domain.EventFacts;
import io.ledgerline.domain.EventType;
import io.ledgerline.domain.LegalRequest;
import io.ledgerline.domain.Progress;
import io.ledgerline.domain.RecordedDecision;
import io.ledgerline.domain.ToolVersion;
import io.ledgerline.domain.Verification;
import io.ledgerline.store.CaseFile;
import io.ledgerline.store.CaseSummaryStore;
import io.ledgerline.store.FilingStore;
import io.ledgerline.store.IndicatorSightings;
import io.ledgerline.store.PlaybookStore;
import io.ledgerline.store.ReportStore;
import io.ledgerline.store.ReviewStore;
import io.ledgerline.store.Sighting;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Reads what the workbooks show from an open case, for one recorded analysis run with the investigator's decisions
 * applied. A handful of set queries plus one pass over the compromised accounts' events; the timeline is read again,
 * in time order, while its sheet is written. Runs on the report's worker thread.
 */
final class ReportDataReader {

    private final CaseFile caseFile;
    private final ReportStore store;

    ReportDataReader(CaseFile caseFile) {
        this.caseFile = caseFile;
        this.store = new ReportStore(caseFile);
    }

    ReportData read(RecordedRun run, Instant generatedAt, String investigator, Progress progress) {
        progress.update(1, 5, "Applying review decisions");
        ReviewedResult reviewed = new ReviewService().review(caseFile, run.result());
        Filing filing = Filing.of(new FilingStore(caseFile).entries());
        List<LegalRequest> requests = store.legalRequests();
        PlaybookStore playbook = new PlaybookStore(caseFile);
        PriceBook prices = PriceBook.of(playbook.prices());
        progress.checkCancelled();

        progress.update(2, 5, "Valuing the unauthorized withdrawals");
        Set<String> withdrawalIds = new HashSet<>();
        reviewed.accounts().forEach(a -> withdrawalIds.addAll(a.unauthorizedWithdrawals()));
        Compensation compensation = CompensationBasis.of(reviewed, store.events(withdrawalIds), prices,
                new RecoveredService().recovered(caseFile), accountDecisionReasons(), currentProposals());
        progress.checkCancelled();

        progress.update(3, 5, "Reading the compromised accounts' events");
        Map<String, CompromiseWindow> windows = windows(reviewed);
        AccountPass pass = new AccountPass(run.result().run().settings(), playbook.verificationByRequest(), windows,
                unauthorized(reviewed));
        store.eventsOf(windows.keySet(), pass::accept);
        pass.flush();
        progress.checkCancelled();

        progress.update(4, 5, "Looking up the attacker's indicators across the case");
        List<Indicator> indicators = indicators(pass);
        progress.checkCancelled();

        Set<String> accountIds = new TreeSet<>();
        reviewed.accounts().forEach(a -> accountIds.add(a.accountId()));
        return new ReportData(store.header(), run.id(), reviewed, filing, store.accounts(accountIds), requests,
                new CaseSummaryStore(caseFile).imports(), indicators, compensation,
                incident(requests, windows, pass), timeline(windows, pass), generatedAt, investigator,
                ToolVersion.get());
    }

    /** Each account's current proposal (its latest, whatever its state), by account id. */
    private Map<String, Proposal> currentProposals() {
        return new CompensationService().proposals(caseFile, null).stream().filter(Proposal::current)
                .collect(Collectors.toMap(Proposal::accountId, p -> p));
    }

    private Map<String, String> accountDecisionReasons() {
        Map<String, String> reasons = new HashMap<>();
        for (RecordedDecision d : new ReviewStore(caseFile).decisions()) {
            if (!d.decision().kind().aboutWithdrawal()) {
                reasons.put(d.decision().accountId(), d.decision().reason());
            }
        }
        return reasons;
    }

    /** The compromise windows of the suspected accounts not rejected, by account id. */
    private static Map<String, CompromiseWindow> windows(ReviewedResult reviewed) {
        Map<String, CompromiseWindow> windows = new TreeMap<>();
        for (ReviewedAccount a : reviewed.accounts()) {
            if (a.suspected() && a.status() != ReviewStatus.REJECTED) {
                windows.put(a.accountId(), a.proposal().window());
            }
        }
        return windows;
    }

    private static Set<String> unauthorized(ReviewedResult reviewed) {
        Set<String> ids = new HashSet<>();
        reviewed.accounts().stream().filter(a -> a.status() != ReviewStatus.REJECTED)
                .forEach(a -> ids.addAll(a.unauthorizedWithdrawals()));
        return ids;
    }

    private List<Indicator> indicators(AccountPass pass) {
        IndicatorSightings seen = store.sightings(pass.ips.keySet(), pass.devices.keySet(),
                pass.addresses.keySet());
        List<Indicator> indicators = new ArrayList<>();
        pass.ips.forEach((v, accounts) -> indicators.add(indicator("ip", v, null, seen.ips().of(v), accounts)));
        pass.devices.forEach((v, accounts) -> indicators.add(indicator("device", v, null, seen.devices().of(v),
                accounts)));
        pass.addresses.forEach((v, accounts) -> indicators.add(indicator("address", v, pass.networks.get(v),
                seen.addresses().of(v), accounts)));
        return indicators;
    }

    private static Indicator indicator(String kind, String value, String network, List<Sighting> sightings,
            Set<String> flagged) {
        Instant first = null;
        Instant last = null;
        long events = 0;
        List<String> accounts = new ArrayList<>();
        for (Sighting s : sightings) {
            first = first == null || s.firstSeen().isBefore(first) ? s.firstSeen() : first;
            last = last == null || s.lastSeen().isAfter(last) ? s.lastSeen() : last;
            events += s.events();
            accounts.add(s.accountId());
        }
        return new Indicator(kind, value, network, first, last, events, accounts, List.copyOf(flagged));
    }

    private static IncidentFacts incident(List<LegalRequest> requests, Map<String, CompromiseWindow> windows,
            AccountPass pass) {
        Instant first = null;
        String what = null;
        Set<String> disclosed = new TreeSet<>();
        Set<String> categories = new LinkedHashSet<>();
        for (LegalRequest r : requests) {
            if (!R4UnsafeDisclosureRule.UNSAFE.contains(r.verification())) {
                continue;
            }
            if (first == null || r.receivedAt().isBefore(first)) {
                first = r.receivedAt();
                what = (r.verification() == Verification.FORGED ? "forged" : "unverified") + " legal request "
                        + r.requestId() + " received";
            }
            if (r.disclosedAt() != null) {
                disclosed.addAll(r.accountIds());
                if (r.requestedData() != null) {
                    for (String c : r.requestedData().split("[,;]")) {
                        if (!c.isBlank()) {
                            categories.add(c.strip());
                        }
                    }
                }
            }
        }
        for (var w : windows.entrySet()) {
            if (first == null || w.getValue().start().isBefore(first)) {
                first = w.getValue().start();
                what = "first R1/R2 event of " + w.getKey() + "'s compromise window";
            }
        }
        return new IncidentFacts(first, what, pass.frozen.size(), pass.revoked, List.copyOf(disclosed),
                List.copyOf(categories));
    }

    private TimelineRows timeline(Map<String, CompromiseWindow> windows, AccountPass pass) {
        return sink -> store.eventsByTime(windows.keySet(), e -> {
            CompromiseWindow w = windows.get(e.accountId());
            boolean inside = w.contains(e.occurredAt());
            boolean disclosureBefore = !inside && e.occurredAt().isBefore(w.start())
                    && EventType.DATA_DISCLOSURE.name().equals(e.type());
            if (inside || disclosureBefore) {
                sink.accept(new TimelineRow(e, pass.hits.getOrDefault(e.eventId(), ""),
                        pass.unauthorized.contains(e.eventId()), disclosureBefore));
            }
        });
    }

    /**
     * One pass over the compromised accounts' events, one account in memory at a time: which rules each event hits,
     * the attacker's ips and devices (of rule-hit events inside the window), destination addresses of unauthorized
     * withdrawals, and the temporary measures taken (freezes, revoked sessions) once the window started.
     */
    private static final class AccountPass {
        private final PlaybookSettings settings;
        private final Map<String, Verification> verification;
        private final Map<String, CompromiseWindow> windows;
        private final Set<String> unauthorized;
        final Map<String, String> hits = new HashMap<>();
        final Map<String, Set<String>> ips = new TreeMap<>();
        final Map<String, Set<String>> devices = new TreeMap<>();
        final Map<String, Set<String>> addresses = new TreeMap<>();
        final Map<String, String> networks = new HashMap<>();
        final Set<String> frozen = new HashSet<>();
        long revoked;
        private final List<Event> current = new ArrayList<>();

        AccountPass(PlaybookSettings settings, Map<String, Verification> verification,
                Map<String, CompromiseWindow> windows, Set<String> unauthorized) {
            this.settings = settings;
            this.verification = verification;
            this.windows = windows;
            this.unauthorized = unauthorized;
        }

        void accept(Event e) {
            if (!current.isEmpty() && !current.get(0).accountId().equals(e.accountId())) {
                flush();
            }
            current.add(e);
        }

        void flush() {
            if (current.isEmpty()) {
                return;
            }
            String account = current.get(0).accountId();
            CompromiseWindow window = windows.get(account);
            AccountRuleHits accountHits = AccountRuleHits.of(current.stream().map(EventFacts::of).toList(), settings,
                    verification);
            for (Event e : current) {
                Set<PlaybookRule> hit = accountHits.of(e.eventId());
                if (!hit.isEmpty()) {
                    hits.put(e.eventId(), hit.stream().map(Enum::name).collect(Collectors.joining(", ")));
                }
                boolean inside = window.contains(e.occurredAt());
                // R4 alone is the disclosure, not attacker infrastructure
                if (inside && !hit.isEmpty() && !hit.equals(Set.of(PlaybookRule.R4))) {
                    add(ips, e.ip(), account);
                    add(devices, e.deviceId(), account);
                }
                if (unauthorized.contains(e.eventId())) {
                    add(addresses, e.address(), account);
                    if (e.address() != null && e.network() != null) {
                        networks.putIfAbsent(e.address(), e.network());
                    }
                }
                if (!e.occurredAt().isBefore(window.start()) && e.outcome() == io.ledgerline.domain.Outcome.SUCCESS) {
                    if (EventType.ACCOUNT_FROZEN.name().equals(e.type())) {
                        frozen.add(account);
                    } else if (EventType.SESSION_REVOKED.name().equals(e.type())) {
                        revoked++;
                    }
                }
            }
            current.clear();
        }

        private static void add(Map<String, Set<String>> map, String value, String account) {
            if (value != null && !value.isBlank()) {
                map.computeIfAbsent(value, v -> new TreeSet<>()).add(account);
            }
        }
    }
}
