package io.ledgerline.analysis;

import io.ledgerline.domain.DecisionKind;
import io.ledgerline.domain.EventFacts;
import io.ledgerline.domain.RecordedDecision;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Applies kept review decisions to a playbook result. The latest decision on an account (confirm/reject) and the latest
 * on a withdrawal (add/remove) count; earlier ones are history. Pure: everything it needs is passed in.
 */
final class ReviewApplier {

    private static final Comparator<EventFacts> BY_TIME = Comparator.comparing(EventFacts::occurredAt)
            .thenComparing(EventFacts::eventId);

    private final PriceBook prices;
    private final Map<String, EventFacts> withdrawals;
    private final Map<String, RecordedDecision> accountVerdicts = new LinkedHashMap<>();
    private final Map<String, RecordedDecision> withdrawalVerdicts = new LinkedHashMap<>();
    private final List<Disagreement> disagreements = new ArrayList<>();

    /**
     * @param decisions   every recorded decision, oldest first
     * @param withdrawals the facts of every withdrawal the decisions or the flagged accounts name, by event id
     */
    ReviewApplier(List<RecordedDecision> decisions, PriceBook prices, Map<String, EventFacts> withdrawals) {
        this.prices = prices;
        this.withdrawals = withdrawals;
        for (RecordedDecision d : decisions) {
            if (d.decision().kind().aboutWithdrawal()) {
                withdrawalVerdicts.remove(d.decision().eventId()); // re-insert: map order is the latest's order
                withdrawalVerdicts.put(d.decision().eventId(), d);
            } else {
                accountVerdicts.remove(d.decision().accountId());
                accountVerdicts.put(d.decision().accountId(), d);
            }
        }
    }

    ReviewedResult apply(AnalysisResult result) {
        List<ReviewedAccount> accounts = new ArrayList<>();
        Set<String> listed = new LinkedHashSet<>();
        for (CompromisedAccount proposal : result.compromised()) {
            accounts.add(review(proposal.accountId(), proposal));
            listed.add(proposal.accountId());
        }
        Map<String, RecordedDecision> confirmedOnly = new TreeMap<>();
        accountVerdicts.forEach((account, d) -> {
            if (d.decision().kind() == DecisionKind.CONFIRM_ACCOUNT && !listed.contains(account)) {
                confirmedOnly.put(account, d);
            }
        });
        confirmedOnly.forEach((account, d) -> {
            disagreements.add(new Disagreement(account, null, Disagreement.Kind.CONFIRMED_NOT_SUSPECTED, d.id()));
            accounts.add(review(account, null));
            listed.add(account);
        });
        withdrawalVerdicts.values().stream().filter(d -> !listed.contains(d.decision().accountId()))
                .forEach(d -> disagreements.add(new Disagreement(d.decision().accountId(), d.decision().eventId(),
                        Disagreement.Kind.WITHDRAWAL_OF_UNLISTED_ACCOUNT, d.id())));
        disagreements.sort(Comparator.comparingLong(Disagreement::decisionId));
        // a rejected account lost nothing to a takeover, so its loss leaves the reviewed total
        BigDecimal total = AccountLoss.totalUsdExact(accounts.stream()
                .filter(a -> a.status() != ReviewStatus.REJECTED).map(ReviewedAccount::loss).toList());
        return new ReviewedResult(result, accounts, disagreements, total);
    }

    private ReviewedAccount review(String accountId, CompromisedAccount proposal) {
        List<String> flagged = proposal == null ? List.of() : proposal.unauthorizedWithdrawals();
        Set<String> ids = new LinkedHashSet<>(flagged);
        boolean changed = false;
        for (RecordedDecision d : withdrawalVerdicts.values()) {
            if (!d.decision().accountId().equals(accountId)) {
                continue;
            }
            String eventId = d.decision().eventId();
            boolean add = d.decision().kind() == DecisionKind.ADD_WITHDRAWAL;
            if (add == flagged.contains(eventId)) {
                disagreements.add(new Disagreement(accountId, eventId, add ? Disagreement.Kind.ADDED_ALREADY_FLAGGED
                        : Disagreement.Kind.REMOVED_NOT_FLAGGED, d.id()));
            } else if (add) {
                ids.add(eventId);
                changed = true;
            } else {
                ids.remove(eventId);
                changed = true;
            }
        }
        ReviewStatus status = status(accountId);
        if (!changed && proposal != null) {
            return new ReviewedAccount(accountId, proposal, status, flagged, proposal.loss());
        }
        List<EventFacts> facts = ids.stream().map(this::withdrawal).sorted(BY_TIME).toList();
        return new ReviewedAccount(accountId, proposal, status, facts.stream().map(EventFacts::eventId).toList(),
                AccountLoss.of(facts, prices));
    }

    private EventFacts withdrawal(String eventId) {
        EventFacts facts = withdrawals.get(eventId);
        if (facts == null) {
            throw new IllegalArgumentException("no facts given for withdrawal " + eventId);
        }
        return facts;
    }

    private ReviewStatus status(String accountId) {
        RecordedDecision d = accountVerdicts.get(accountId);
        if (d == null) {
            return ReviewStatus.UNREVIEWED;
        }
        return d.decision().kind() == DecisionKind.CONFIRM_ACCOUNT ? ReviewStatus.CONFIRMED : ReviewStatus.REJECTED;
    }
}
