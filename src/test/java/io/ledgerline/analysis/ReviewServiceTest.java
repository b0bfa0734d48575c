package io.ledgerline.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerline.audit.AuditTrail;
import io.ledgerline.domain.DecisionKind;
import io.ledgerline.domain.InputRefusedException;
import io.ledgerline.domain.Progress;
import io.ledgerline.domain.RecordedDecision;
import io.ledgerline.domain.ReviewDecision;
import io.ledgerline.store.CaseFile;
import io.ledgerline.store.ReviewStore;
import io.ledgerline.testing.Investigators;
import io.ledgerline.testing.ReviewCase;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Decisions on the tiny case of {@link ReviewCase}. */
class ReviewServiceTest {

    static final Instant NOW = Instant.parse("2024-06-10T12:00:00Z");

    @TempDir
    Path dir;
    CaseFile caseFile;
    ReviewService review = new ReviewService();
    AuditTrail alice;

    @BeforeEach
    void openCase() {
        caseFile = CaseFile.open(ReviewCase.create(dir));
        alice = Investigators.trail(caseFile, dir, "alice", NOW);
    }

    @AfterEach
    void closeCase() {
        caseFile.close();
    }

    private RecordedDecision decide(DecisionKind kind, String account, String event) {
        return review.decide(alice, new ReviewDecision("alice", account, kind, event, "seen in the chat logs"));
    }

    private ReviewedResult analyse(PlaybookSettings settings) {
        AnalysisResult result = new PlaybookService().analyze(caseFile, settings, Progress.NONE);
        return review.review(caseFile, result);
    }

    @Test
    void theTinyCaseFlagsOnlyTheWithdrawalToTheFreshAddress() {
        ReviewedAccount acc1 = analyse(PlaybookSettings.defaults()).account("ACC-1").orElseThrow();
        assertEquals(ReviewStatus.UNREVIEWED, acc1.status());
        assertEquals(List.of("E4"), acc1.unauthorizedWithdrawals());
        assertEquals(0, new BigDecimal("30030").compareTo(acc1.loss().usdExact()));
    }

    @Test
    void recordsDecisionsWithTheClockInOrder() {
        RecordedDecision first = decide(DecisionKind.CONFIRM_ACCOUNT, "ACC-1", null);
        RecordedDecision second = decide(DecisionKind.REMOVE_WITHDRAWAL, "ACC-1", "E4");
        assertEquals(NOW, first.decidedAt());
        assertEquals(List.of(first, second), new ReviewStore(caseFile).decisions());
    }

    @Test
    void refusesABlankReason() {
        InputRefusedException e = assertThrows(InputRefusedException.class, () -> review.decide(alice,
                new ReviewDecision("alice", "ACC-1", DecisionKind.CONFIRM_ACCOUNT, null, "  \t")));
        assertTrue(e.getMessage().contains("reason"), e.getMessage());
        assertEquals(List.of(), new ReviewStore(caseFile).decisions());
    }

    @Test
    void refusesAWithdrawalOfAnotherAccount() {
        InputRefusedException e = assertThrows(InputRefusedException.class,
                () -> decide(DecisionKind.ADD_WITHDRAWAL, "ACC-1", "E6"));
        assertEquals("Event E6 belongs to account ACC-2, not ACC-1.", e.getMessage());
        assertEquals(List.of(), new ReviewStore(caseFile).decisions());
    }

    @Test
    void refusesUnknownAccountsUnknownEventsAndEventsThatAreNoWithdrawal() {
        assertThrows(InputRefusedException.class, () -> decide(DecisionKind.CONFIRM_ACCOUNT, "ACC-9", null));
        assertThrows(InputRefusedException.class, () -> decide(DecisionKind.ADD_WITHDRAWAL, "ACC-1", "E99"));
        assertThrows(InputRefusedException.class, () -> decide(DecisionKind.ADD_WITHDRAWAL, "ACC-1", "E3"));
        assertThrows(InputRefusedException.class, () -> decide(DecisionKind.ADD_WITHDRAWAL, "ACC-1", null));
        assertEquals(List.of(), new ReviewStore(caseFile).decisions());
    }

    @Test
    void aRemovedWithdrawalLowersTheLossExactly() {
        decide(DecisionKind.REMOVE_WITHDRAWAL, "ACC-1", "E4");
        ReviewedResult reviewed = analyse(PlaybookSettings.defaults());
        ReviewedAccount acc1 = reviewed.account("ACC-1").orElseThrow();
        assertEquals(List.of(), acc1.unauthorizedWithdrawals());
        assertEquals(0, BigDecimal.ZERO.compareTo(acc1.loss().usdExact()));
        assertEquals(List.of("E4"), acc1.proposal().unauthorizedWithdrawals(), "the proposal is kept as the run made it");
        assertEquals(0, new BigDecimal("30030").compareTo(acc1.proposal().loss().usdExact()));
        assertEquals(0, BigDecimal.ZERO.compareTo(reviewed.totalLossUsdExact()));
    }

    @Test
    void anAddedWithdrawalRaisesTheLossExactly() {
        decide(DecisionKind.ADD_WITHDRAWAL, "ACC-1", "E5");
        ReviewedAccount acc1 = analyse(PlaybookSettings.defaults()).account("ACC-1").orElseThrow();
        assertEquals(List.of("E4", "E5"), acc1.unauthorizedWithdrawals());
        assertEquals(new BigDecimal("45036.0000"), acc1.loss().usdExact(), "0.5005 × 60000 + 0.2501 × 60000");
        assertEquals(new BigDecimal("0.7506"), acc1.loss().byAsset().get("BTC"));
    }

    @Test
    void reRunningKeepsDecisionsAndListsAConfirmedAccountNoLongerSuspected() {
        RecordedDecision confirm = decide(DecisionKind.CONFIRM_ACCOUNT, "ACC-1", null);
        assertTrue(analyse(PlaybookSettings.defaults()).disagreements().isEmpty());

        ReviewedResult rerun = analyse(PlaybookSettings.defaults().withFreshAddressAge(Duration.ofMinutes(30)));
        assertTrue(rerun.result().compromised().isEmpty(), "the stricter run no longer suspects ACC-1");
        ReviewedAccount acc1 = rerun.account("ACC-1").orElseThrow();
        assertEquals(ReviewStatus.CONFIRMED, acc1.status());
        assertFalse(acc1.suspected());
        assertEquals(List.of(new Disagreement("ACC-1", null, Disagreement.Kind.CONFIRMED_NOT_SUSPECTED, confirm.id())),
                rerun.disagreements());
    }

    @Test
    void theLatestDecisionCountsAndARejectedAccountLeavesTheReviewedTotal() {
        decide(DecisionKind.CONFIRM_ACCOUNT, "ACC-1", null);
        decide(DecisionKind.REJECT_ACCOUNT, "ACC-1", null);
        ReviewedResult reviewed = analyse(PlaybookSettings.defaults());
        assertEquals(ReviewStatus.REJECTED, reviewed.account("ACC-1").orElseThrow().status());
        assertEquals(List.of(), reviewed.disagreements(), "a rejected account the run still flags is no disagreement");
        assertEquals(0, BigDecimal.ZERO.compareTo(reviewed.totalLossUsdExact()));
        assertEquals(0, new BigDecimal("30030").compareTo(reviewed.result().totalLossUsdExact()));
        assertEquals(2, new ReviewStore(caseFile).decisions().size(), "the superseded decision stays as history");
    }

    @Test
    void listsNoOpWithdrawalDecisions() {
        RecordedDecision addFlagged = decide(DecisionKind.ADD_WITHDRAWAL, "ACC-1", "E4");
        RecordedDecision removeUnflagged = decide(DecisionKind.REMOVE_WITHDRAWAL, "ACC-1", "E5");
        RecordedDecision otherAccount = decide(DecisionKind.ADD_WITHDRAWAL, "ACC-2", "E6");
        ReviewedResult reviewed = analyse(PlaybookSettings.defaults());
        assertEquals(List.of(
                new Disagreement("ACC-1", "E4", Disagreement.Kind.ADDED_ALREADY_FLAGGED, addFlagged.id()),
                new Disagreement("ACC-1", "E5", Disagreement.Kind.REMOVED_NOT_FLAGGED, removeUnflagged.id()),
                new Disagreement("ACC-2", "E6", Disagreement.Kind.WITHDRAWAL_OF_UNLISTED_ACCOUNT, otherAccount.id())),
                reviewed.disagreements());
        assertEquals(List.of("E4"), reviewed.account("ACC-1").orElseThrow().unauthorizedWithdrawals());
        assertTrue(reviewed.account("ACC-2").isEmpty());
    }

    @Test
    void anAccountConfirmedButNeverSuspectedIsListedWithItsAddedWithdrawals() {
        decide(DecisionKind.CONFIRM_ACCOUNT, "ACC-2", null);
        decide(DecisionKind.ADD_WITHDRAWAL, "ACC-2", "E6");
        ReviewedResult reviewed = analyse(PlaybookSettings.defaults());
        ReviewedAccount acc2 = reviewed.account("ACC-2").orElseThrow();
        assertNull(acc2.proposal());
        assertEquals(List.of("E6"), acc2.unauthorizedWithdrawals());
        assertEquals(0, new BigDecimal("60000").compareTo(acc2.loss().usdExact()));
        assertEquals(0, new BigDecimal("90030").compareTo(reviewed.totalLossUsdExact()));
    }

    @Test
    void aLaterDecisionOnTheSameWithdrawalSupersedesTheEarlierOne() {
        decide(DecisionKind.ADD_WITHDRAWAL, "ACC-1", "E5");
        decide(DecisionKind.REMOVE_WITHDRAWAL, "ACC-1", "E5");
        ReviewedResult reviewed = analyse(PlaybookSettings.defaults());
        assertEquals(List.of("E4"), reviewed.account("ACC-1").orElseThrow().unauthorizedWithdrawals());
        assertEquals(Disagreement.Kind.REMOVED_NOT_FLAGGED, reviewed.disagreements().get(0).kind());
        assertEquals(1, reviewed.disagreements().size(), "the superseded add is history, not a finding");
    }
}
