package io.ledgerline.compensation;

import io.ledgerline.analysis.PriceBook;
import io.ledgerline.analysis.ReviewStatus;
import io.ledgerline.analysis.ReviewedAccount;
import io.ledgerline.analysis.ReviewedResult;
import io.ledgerline.audit.AuditActions;
import io.ledgerline.audit.AuditTrail;
import io.ledgerline.audit.Canonical;
import io.ledgerline.audit.Change;
import io.ledgerline.audit.Recorded;
import io.ledgerline.domain.ConflictException;
import io.ledgerline.domain.EventFacts;
import io.ledgerline.domain.InputRefusedException;
import io.ledgerline.domain.Investigator;
import io.ledgerline.store.CaseFile;
import io.ledgerline.store.InvestigatorStore;
import io.ledgerline.store.PlaybookStore;
import io.ledgerline.store.ProposalStore;
import io.ledgerline.store.ProposalStore.StoredProposal;
import io.ledgerline.store.ProposalStore.StoredTransition;
import io.ledgerline.store.ReviewStore;
import io.ledgerline.store.Tx;
import io.ledgerline.store.WrittenRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compensation proposals and their four-eyes approval (issue #8). Every change goes through the audit trail; an
 * approved proposal is frozen (a change is a new proposal that supersedes it), and approval needs a second investigator:
 * the approver's key must differ from the proposer's. Caller's thread; reads and writes the case.
 */
public final class CompensationService {

    public static final String PROPOSE = AuditActions.PROPOSAL_PROPOSE;
    public static final String APPROVE = AuditActions.PROPOSAL_APPROVE;
    public static final String RETURN = "proposal.return";
    public static final String PAY = "proposal.pay";

    private final Function<CaseFile, RecoveredAmounts> recovered;

    /** @param recovered a case's recovered amounts, read once per overview or proposal */
    public CompensationService(Function<CaseFile, RecoveredAmounts> recovered) {
        this.recovered = recovered;
    }

    /** Deducts the recovered amounts recorded in the case (the latest entry per account and asset). */
    public CompensationService() {
        this(new RecoveredService()::amounts);
    }

    /**
     * Every account of {@code reviewed}, then any other account with a proposal: its review status, the figures the
     * review gives now (under its current proposal's policy, else {@code policy}), its current proposal, and whether
     * the two disagree.
     */
    public List<AccountCompensation> overview(CaseFile caseFile, ReviewedResult reviewed, CompensationPolicy policy) {
        Proposals proposals = proposals(caseFile);
        Map<String, EventFacts> facts = facts(caseFile, reviewed.accounts());
        PriceBook prices = PriceBook.of(new PlaybookStore(caseFile).prices());
        RecoveredAmounts recoveredNow = recovered.apply(caseFile);
        List<AccountCompensation> rows = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        for (ReviewedAccount account : reviewed.accounts()) {
            listed.add(account.accountId());
            Proposal current = proposals.current(account.accountId()).orElse(null);
            CompensationPolicy used = current == null ? policy : policyOf(current.figures());
            Figures draft = null;
            String problem = null;
            try {
                draft = figures(account, facts, prices, recoveredNow, used);
            } catch (InputRefusedException e) {
                problem = e.getMessage();
            }
            boolean disagrees = current != null
                    && (draft == null || !Canonical.json(draft.toMap()).equals(current.figuresJson()));
            rows.add(new AccountCompensation(account.accountId(), account.status(), draft, problem, current,
                    disagrees));
        }
        for (Proposal p : proposals.all()) {
            if (p.current() && listed.add(p.accountId())) {
                rows.add(new AccountCompensation(p.accountId(), null, null,
                        "The reviewed analysis no longer lists this account.", p, true));
            }
        }
        return rows;
    }

    /** Every proposal of the case with its state and history, oldest first. */
    public List<Proposal> proposals(CaseFile caseFile, String accountId) {
        return proposals(caseFile).all().stream().filter(p -> accountId == null || p.accountId().equals(accountId))
                .toList();
    }

    /**
     * Records a proposal for {@code accountId} from its reviewed figures under {@code policy}; supersedes the account's
     * current proposal unless that one is paid.
     *
     * @throws InputRefusedException if the takeover is not confirmed, the reason is blank, the account's current
     *                               proposal is paid or already proposes these figures, or the policy cannot be applied
     */
    public Proposal propose(AuditTrail trail, ReviewedResult reviewed, String accountId, CompensationPolicy policy,
            String reason) {
        requireText(reason, "A proposal needs a reason; none was given.");
        CaseFile caseFile = trail.caseFile();
        ReviewedAccount account = reviewed.account(accountId).orElseThrow(() -> new InputRefusedException(
                "The reviewed analysis has no account " + accountId + "; confirm its takeover first."));
        if (account.status() != ReviewStatus.CONFIRMED) {
            throw new InputRefusedException("The takeover of " + accountId + " is " + account.status().code()
                    + "; confirm it in review before proposing a compensation.");
        }
        if (account.unauthorizedWithdrawals().isEmpty()) {
            throw new InputRefusedException("The reviewed takeover of " + accountId + " lost nothing: no withdrawal is "
                    + "counted as unauthorized, so there is nothing to compensate. Count its withdrawals in review "
                    + "first (review --add-withdrawal, or the timeline's Review menu).");
        }
        Figures figures = figures(account, facts(caseFile, List.of(account)),
                PriceBook.of(new PlaybookStore(caseFile).prices()), recovered.apply(caseFile), policy);
        String figuresJson = Canonical.json(figures.toMap());
        Map<String, String> names = names(caseFile);
        long id = trail.record(tx -> {
            Proposal current = proposals(tx, names).current(accountId).orElse(null);
            if (current != null && current.state() == ProposalState.PAID) {
                throw new InputRefusedException("Proposal #" + current.id() + " of " + accountId + " is paid ("
                        + current.steps().get(current.steps().size() - 1).reference() + "); it cannot be superseded.");
            }
            if (current != null && current.figuresJson().equals(figuresJson)
                    && current.state() != ProposalState.RETURNED) {
                throw new InputRefusedException("Proposal #" + current.id() + " of " + accountId + " already proposes "
                        + "these figures (" + current.state().code() + ").");
            }
            WrittenRow row = ProposalStore.add(tx, new StoredProposal(0, accountId,
                    current == null ? null : current.id(), Canonical.json(policy.toMap()), figuresJson,
                    trail.now().toString(), trail.keyId(), reason.strip()));
            return new Recorded<>(row.id(), Change.of(PROPOSE, row, accountId, before(current), reason.strip()));
        });
        return find(caseFile, id);
    }

    /** Approves the account's current proposal; the approver must not be its proposer. */
    public Proposal approve(AuditTrail trail, String accountId, String reason) {
        return approve(trail, accountId, ANY, reason);
    }

    /** Expect no particular proposal: act on the account's current one (the CLI, where the command is the intent). */
    public static final long ANY = -1;

    /** The approver saw no proposal for the account: one that appeared since is refused, not acted on unseen. */
    public static final long NONE = 0;

    /**
     * As {@link #approve(AuditTrail, String, String)}, refusing with a {@link ConflictException} when the account's
     * current proposal is no longer {@code expectedProposal}, the one the approver looked at: on a shared case it may
     * have been superseded with other figures in the meantime.
     */
    public Proposal approve(AuditTrail trail, String accountId, long expectedProposal, String reason) {
        requireText(reason, "An approval needs a reason; none was given.");
        return move(trail, accountId, ProposalState.APPROVED, reason.strip(), null, current -> {
            requireSame(current, expectedProposal);
            requireState(current, ProposalState.PROPOSED, "approved");
            if (current.proposed().keyId().equals(trail.keyId())) {
                throw new InputRefusedException("Proposal #" + current.id() + " was proposed by you ("
                        + current.proposed().investigator() + "); approval needs a second investigator.");
            }
        });
    }

    /** Returns the account's current proposal to its proposer, with why. */
    public Proposal returnProposal(AuditTrail trail, String accountId, String reason) {
        return returnProposal(trail, accountId, ANY, reason);
    }

    /** As {@link #returnProposal(AuditTrail, String, String)}, with the conflict check of {@link #approve}. */
    public Proposal returnProposal(AuditTrail trail, String accountId, long expectedProposal, String reason) {
        requireText(reason, "Returning a proposal needs a reason; none was given.");
        return move(trail, accountId, ProposalState.RETURNED, reason.strip(), null, current -> {
            requireSame(current, expectedProposal);
            requireState(current, ProposalState.PROPOSED, "returned");
        });
    }

    private static void requireSame(Proposal current, long expected) {
        if (expected == NONE) {
            throw new ConflictException(current.accountId() + " got proposal #" + current.id() + " from "
                    + current.proposed().investigator() + " at " + current.proposed().at()
                    + " while you were looking at it. Nothing was written; reload and review its figures.");
        }
        if (expected != ANY && current.id() != expected) {
            throw new ConflictException("Proposal #" + expected + " of " + current.accountId() + " was superseded by #"
                    + current.id() + " from " + current.proposed().investigator() + " at " + current.proposed().at()
                    + " while you were looking at it. Nothing was written; reload and review the new figures.");
        }
    }

    /** Records that the account's approved proposal was paid, under the payout's reference. */
    public Proposal paid(AuditTrail trail, String accountId, String reference) {
        return paid(trail, accountId, ANY, reference);
    }

    /**
     * As {@link #paid(AuditTrail, String, String)}, with the conflict check of {@link #approve}: the payout was made
     * on the figures the investigator saw, so it is not recorded against a proposal that superseded them meanwhile.
     */
    public Proposal paid(AuditTrail trail, String accountId, long expectedProposal, String reference) {
        requireText(reference, "A payment needs its payout reference; none was given.");
        return move(trail, accountId, ProposalState.PAID, null, reference.strip(), current -> {
            requireSame(current, expectedProposal);
            requireState(current, ProposalState.APPROVED, "paid");
        });
    }

    private Proposal move(AuditTrail trail, String accountId, ProposalState to, String reason, String reference,
            java.util.function.Consumer<Proposal> check) {
        Map<String, String> names = names(trail.caseFile());
        long id = trail.record(tx -> {
            Proposal current = proposals(tx, names).current(accountId).orElseThrow(() -> new InputRefusedException(
                    "Account " + accountId + " has no compensation proposal."));
            check.accept(current);
            WrittenRow row = ProposalStore.transition(tx, new StoredTransition(0, current.id(), to.code(),
                    trail.now().toString(), trail.keyId(), reason, reference));
            String action = switch (to) {
                case APPROVED -> APPROVE;
                case RETURNED -> RETURN;
                case PAID -> PAY;
                default -> throw new IllegalArgumentException("not a move: " + to);
            };
            return new Recorded<>(current.id(), Change.of(action, row, accountId, stateOf(current),
                    reason != null ? reason : "payout " + reference));
        });
        return find(trail.caseFile(), id);
    }

    private static void requireState(Proposal p, ProposalState expected, String verb) {
        if (p.state() == expected) {
            return;
        }
        String why = switch (p.state()) {
            case APPROVED -> "it is approved, and an approved proposal is frozen: propose again to change it";
            case RETURNED -> "it was returned: propose again";
            case PAID -> "it is paid";
            default -> "it is " + p.state().code();
        };
        throw new InputRefusedException("Proposal #" + p.id() + " of " + p.accountId() + " cannot be " + verb + ": "
                + why + ".");
    }

    private static void requireText(String text, String message) {
        if (text == null || text.isBlank()) {
            throw new InputRefusedException(message);
        }
    }

    private static Map<String, Object> before(Proposal current) {
        if (current == null) {
            return null;
        }
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("proposal_id", current.id());
        before.put("state", current.state().code());
        before.put("figures", current.figures());
        return before;
    }

    private static Map<String, Object> stateOf(Proposal current) {
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("proposal_id", current.id());
        before.put("state", current.state().code());
        return before;
    }

    private static Figures figures(ReviewedAccount account, Map<String, EventFacts> facts, PriceBook prices,
            RecoveredAmounts recovered, CompensationPolicy policy) {
        List<EventFacts> withdrawals = account.unauthorizedWithdrawals().stream().map(facts::get).toList();
        return CompensationCalculator.compute(account.accountId(), withdrawals, prices,
                recovered.of(account.accountId()), policy);
    }

    private static Map<String, EventFacts> facts(CaseFile caseFile, List<ReviewedAccount> accounts) {
        Set<String> ids = accounts.stream().flatMap(a -> a.unauthorizedWithdrawals().stream())
                .collect(Collectors.toSet());
        return new ReviewStore(caseFile).events(ids);
    }

    @SuppressWarnings("unchecked")
    static CompensationPolicy policyOf(Map<String, Object> figures) {
        Map<String, Object> policy = (Map<String, Object>) figures.get("policy");
        Object cap = policy.get("cap_usd");
        return new CompensationPolicy("usd".equals(policy.get("kind")) ? CompensationPolicy.Kind.USD
                : CompensationPolicy.Kind.IN_KIND, cap == null ? null : new BigDecimal(cap.toString()));
    }

    private static Proposals proposals(CaseFile caseFile) {
        ProposalStore store = new ProposalStore(caseFile);
        return Proposals.of(store.proposals(), store.transitions(), names(caseFile));
    }

    private static Proposals proposals(Tx tx, Map<String, String> names) {
        return Proposals.of(ProposalStore.proposals(tx), ProposalStore.transitions(tx), names);
    }

    private static Proposal find(CaseFile caseFile, long id) {
        return proposals(caseFile).all().stream().filter(p -> p.id() == id).findFirst().orElseThrow();
    }

    private static Map<String, String> names(CaseFile caseFile) {
        return new InvestigatorStore(caseFile).all().stream()
                .collect(Collectors.toMap(Investigator::keyId, Investigator::name, (a, b) -> a));
    }
}
