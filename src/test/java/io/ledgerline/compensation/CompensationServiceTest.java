package io.ledgerline.compensation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerline.analysis.PlaybookService;
import io.ledgerline.analysis.PlaybookSettings;
import io.ledgerline.analysis.ReviewService;
import io.ledgerline.analysis.ReviewStatus;
import io.ledgerline.analysis.ReviewedResult;
import io.ledgerline.audit.AuditTrail;
import io.ledgerline.audit.VerifyService;
import io.ledgerline.domain.DecisionKind;
import io.ledgerline.domain.InputRefusedException;
import io.ledgerline.domain.Progress;
import io.ledgerline.domain.ReviewDecision;
import io.ledgerline.store.CaseFile;
import io.ledgerline.testing.Investigators;
import io.ledgerline.testing.ReviewCase;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Proposals on the tiny case of {@link ReviewCase}: ACC-1 lost E4 (0.5 BTC + 0.0005 fee, USD 30030). */
class CompensationServiceTest {

    @TempDir
    Path dir;
    CaseFile caseFile;
    AuditTrail alice;
    AuditTrail bob;
    final CompensationService service = new CompensationService();

    @BeforeEach
    void confirmedTakeover() {
        caseFile = CaseFile.open(ReviewCase.createAs(dir, "alice"));
        alice = Investigators.trail(caseFile, dir, "alice");
        bob = Investigators.trail(caseFile, dir, "bob");
        new ReviewService().decide(alice, new ReviewDecision(null, "ACC-1", DecisionKind.CONFIRM_ACCOUNT, null,
                "customer called"));
    }

    @AfterEach
    void close() {
        caseFile.close();
    }

    private ReviewedResult reviewed(PlaybookSettings settings) {
        return new ReviewService().review(caseFile, new PlaybookService().analyze(caseFile, settings, Progress.NONE));
    }

    private Proposal propose(AuditTrail who) {
        return service.propose(who, reviewed(PlaybookSettings.defaults()), "ACC-1", CompensationPolicy.DEFAULT,
                "reviewed loss");
    }

    @Test
    void proposesTheReviewedLossInKind() {
        Proposal p = propose(alice);
        assertEquals(ProposalState.PROPOSED, p.state());
        assertEquals("alice", p.proposed().investigator());
        Map<?, ?> btc = (Map<?, ?>) ((List<?>) p.figures().get("assets")).get(0);
        assertEquals("0.5005", btc.get("proposed_units"));
        assertEquals(List.of("E4"), btc.get("withdrawals"));
        assertEquals("30030.00", p.figures().get("proposed_usd"));
    }

    @Test
    void deductsTheRecoveredAmountRecordedInTheCaseAndFlagsOneEnteredLater() {
        new RecoveredService().record(alice, "ACC-1", "BTC", "0.2", "frozen at the destination");
        Proposal p = propose(alice);
        Map<?, ?> btc = (Map<?, ?>) ((List<?>) p.figures().get("assets")).get(0);
        assertEquals("0.2", btc.get("recovered"));
        assertEquals("0.3005", btc.get("proposed_units"));
        assertEquals("18030.00", p.figures().get("proposed_usd"), "0.3005 BTC at 60000");

        new RecoveredService().record(bob, "ACC-1", "BTC", "0.25", "more came back");
        AccountCompensation row = service.overview(caseFile, reviewed(PlaybookSettings.defaults()),
                CompensationPolicy.DEFAULT).stream().filter(a -> a.accountId().equals("ACC-1")).findFirst()
                .orElseThrow();
        assertTrue(row.disagrees(), "the proposal predates the latest recovered amount");
        assertEquals(0, new BigDecimal("0.2505").compareTo(row.draft().assets().get(0).net()));
    }

    @Test
    void theProposerCannotApproveTheirOwnProposal() {
        propose(alice);
        InputRefusedException e = assertThrows(InputRefusedException.class,
                () -> service.approve(alice, "ACC-1", "looks right"));
        assertTrue(e.getMessage().contains("needs a second investigator"), e.getMessage());
        Proposal approved = service.approve(bob, "ACC-1", "matches the withdrawal records");
        assertEquals(ProposalState.APPROVED, approved.state());
        assertEquals("proposed by alice; approved by bob", approved.history());
    }

    @Test
    void anApprovedProposalIsFrozenAndChangesOnlyThroughANewProposal() {
        propose(alice);
        Proposal approved = service.approve(bob, "ACC-1", "ok");
        assertThrows(InputRefusedException.class, () -> service.returnProposal(bob, "ACC-1", "second thoughts"));
        assertThrows(InputRefusedException.class, () -> service.approve(bob, "ACC-1", "again"));
        InputRefusedException same = assertThrows(InputRefusedException.class, () -> propose(alice));
        assertTrue(same.getMessage().contains("already proposes these figures"), same.getMessage());

        Proposal inUsd = service.propose(alice, reviewed(PlaybookSettings.defaults()), "ACC-1",
                new CompensationPolicy(CompensationPolicy.Kind.USD, new BigDecimal("25000")), "customer asked USD");
        assertEquals(approved.id(), inUsd.supersedes());
        assertEquals("25000.00", inUsd.figures().get("proposed_usd"));
        assertEquals(Boolean.TRUE, inUsd.figures().get("capped"));
        List<Proposal> all = service.proposals(caseFile, "ACC-1");
        assertEquals(ProposalState.APPROVED, all.get(0).state(), "the superseded approval stays as it was");
        assertEquals(inUsd.id(), all.get(0).supersededBy());
    }

    @Test
    void aReturnedProposalIsProposedAgainAndAPaidOneIsFinal() {
        propose(alice);
        assertThrows(InputRefusedException.class, () -> service.paid(bob, "ACC-1", "PAY-1"), "not approved yet");
        assertEquals(ProposalState.RETURNED, service.returnProposal(bob, "ACC-1", "check the fee").state());
        Proposal again = propose(alice);
        assertEquals(ProposalState.PROPOSED, again.state());
        service.approve(bob, "ACC-1", "fee checked");
        Proposal paid = service.paid(alice, "ACC-1", "PAY-2024-0042");
        assertEquals(ProposalState.PAID, paid.state());
        assertEquals("PAY-2024-0042", paid.steps().get(2).reference());
        assertThrows(InputRefusedException.class, () -> service.propose(alice, reviewed(PlaybookSettings.defaults()),
                "ACC-1", new CompensationPolicy(CompensationPolicy.Kind.USD, null), "after payment"));
    }

    @Test
    void refusesAnUnconfirmedTakeover() {
        InputRefusedException e = assertThrows(InputRefusedException.class, () -> service.propose(alice,
                reviewed(PlaybookSettings.defaults()), "ACC-2", CompensationPolicy.DEFAULT, "why not"));
        assertTrue(e.getMessage().contains("confirm its takeover first"), e.getMessage());
    }

    @Test
    void refusesAnEmptyProposalForAConfirmedTakeoverThatLostNothing() {
        new ReviewService().decide(alice, new ReviewDecision(null, "ACC-1", DecisionKind.REMOVE_WITHDRAWAL, "E4",
                "the customer made this one"));
        InputRefusedException e = assertThrows(InputRefusedException.class, () -> propose(alice));
        assertTrue(e.getMessage().contains("lost nothing"), e.getMessage());
    }

    @Test
    void reRunningTheAnalysisKeepsTheDecisionAndFlagsTheDisagreement() {
        propose(alice);
        service.approve(bob, "ACC-1", "ok");
        // with a 30-minute fresh-address age E4 is no longer flagged: the run no longer suspects ACC-1
        ReviewedResult rerun = reviewed(PlaybookSettings.defaults().withFreshAddressAge(Duration.ofMinutes(30)));
        AccountCompensation acc1 = service.overview(caseFile, rerun, CompensationPolicy.DEFAULT).stream()
                .filter(a -> a.accountId().equals("ACC-1")).findFirst().orElseThrow();
        assertEquals(ReviewStatus.CONFIRMED, acc1.review());
        assertEquals(ProposalState.APPROVED, acc1.state(), "the approval stands");
        assertTrue(acc1.disagrees(), "but the figures the review gives now differ from the approved ones");
        assertTrue(((List<?>) acc1.draft().toMap().get("assets")).isEmpty());

        AccountCompensation unchanged = service.overview(caseFile, reviewed(PlaybookSettings.defaults()),
                CompensationPolicy.DEFAULT).stream().filter(a -> a.accountId().equals("ACC-1")).findFirst()
                .orElseThrow();
        assertFalse(unchanged.disagrees());
    }

    @Test
    void verifyHoldsAfterTheWholeCycleAndChecksFourEyes() {
        propose(alice);
        service.approve(bob, "ACC-1", "ok");
        service.paid(bob, "ACC-1", "PAY-7");
        assertEquals(List.of(), new VerifyService().verify(caseFile, List.of()).findings());
        AccountCompensation acc2 = service.overview(caseFile, reviewed(PlaybookSettings.defaults()),
                CompensationPolicy.DEFAULT).stream().filter(a -> a.accountId().equals("ACC-1")).findFirst()
                .orElseThrow();
        assertEquals(ProposalState.PAID, acc2.state());
        assertNull(acc2.draftProblem());
    }
}
