package io.ledgerline.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerline.analysis.PlaybookService;
import io.ledgerline.analysis.PlaybookSettings;
import io.ledgerline.analysis.ReviewService;
import io.ledgerline.audit.AuditTrail;
import io.ledgerline.audit.VerifyService;
import io.ledgerline.compensation.CompensationPolicy;
import io.ledgerline.compensation.CompensationService;
import io.ledgerline.compensation.Proposal;
import io.ledgerline.compensation.ProposalState;
import io.ledgerline.domain.AuditEntry;
import io.ledgerline.domain.ConflictException;
import io.ledgerline.domain.DecisionKind;
import io.ledgerline.domain.LedgerlineException;
import io.ledgerline.domain.Progress;
import io.ledgerline.domain.ReviewDecision;
import io.ledgerline.store.AuditLogStore;
import io.ledgerline.store.CaseFile;
import io.ledgerline.store.CaseLocation;
import io.ledgerline.store.PasswordPrompt;
import io.ledgerline.store.ReviewStore;
import io.ledgerline.testing.CaseEngine;
import io.ledgerline.testing.Investigators;
import io.ledgerline.testing.OnBothEngines;
import io.ledgerline.testing.ReviewCase;
import io.ledgerline.testing.TestServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Team mode (issue #11): a case moved between a file and a server, and several investigators on one case. */
class TeamModeTest {

    @TempDir
    Path dir;

    private static ReviewDecision confirm(String reason) {
        return new ReviewDecision(null, "ACC-1", DecisionKind.CONFIRM_ACCOUNT, null, reason);
    }

    private static List<AuditEntry> entries(CaseLocation location) {
        try (CaseFile c = CaseEngine.open(location)) {
            return new AuditLogStore(c).entries();
        }
    }

    @Test
    void publishThenExportKeepsEveryRowAndTheAuditChainContinuesOnBothSides() {
        CaseLocation.File local = (CaseLocation.File) ReviewCase.createAs(dir, "alice", CaseEngine.SQLITE);
        try (CaseFile c = CaseEngine.open(local)) {
            AuditTrail alice = Investigators.trail(c, dir, "alice");
            new PlaybookService().analyzeAndRecord(alice, PlaybookSettings.defaults(), Progress.NONE);
            new ReviewService().decide(alice, confirm("customer called"));
        }
        List<AuditEntry> before = entries(local);
        CaseLocation.Server server = TestServer.newCase();
        CaseTransfer transfer = new CaseTransfer(PasswordPrompt.NONE);

        CaseTransfer.Result published = transfer.publish(local, server,
                c -> Investigators.trail(c, dir, "lead"), Progress.NONE);
        assertTrue(published.source().holds() && published.copy().holds(), published.copy().findings().toString());
        List<AuditEntry> onServer = entries(server);
        assertEquals(before, onServer.subList(0, before.size()), "the chain is carried over entry for entry");
        AuditEntry publish = onServer.get(onServer.size() - 1);
        assertEquals(CaseTransfer.PUBLISH, publish.action());
        assertEquals(before.get(before.size() - 1).hash(), onServer.get(before.size()).prevHash(),
                "the chain continues from the last local entry");

        // Work goes on on the server: its generated keys continue after the copied ones.
        try (CaseFile c = CaseEngine.open(server)) {
            new ReviewService().decide(Investigators.trail(c, dir, "bob"), new ReviewDecision(null, "ACC-2",
                    DecisionKind.REJECT_ACCOUNT, null, "own withdrawal"));
            assertEquals(2, new ReviewStore(c).decisions().size());
        }

        CaseLocation.File back = new CaseLocation.File(dir.resolve("back.ledgerline"));
        CaseTransfer.Result exported = transfer.export(server, back, c -> Investigators.trail(c, dir, "lead"),
                Progress.NONE);
        assertTrue(exported.copy().holds(), exported.copy().findings().toString());
        assertEquals(published.rows().get("events"), exported.rows().get("events"));
        List<AuditEntry> offline = entries(back);
        assertEquals(entries(server), offline.subList(0, offline.size() - 1));
        assertEquals(CaseTransfer.EXPORT, offline.get(offline.size() - 1).action());
        try (CaseFile c = CaseEngine.open(back)) {
            assertTrue(new VerifyService().verify(c, List.of()).holds());
            assertEquals(List.of("confirm_account", "reject_account"), new ReviewStore(c).decisions().stream()
                    .map(d -> d.decision().kind().code()).toList());
        }
    }

    @Test
    void aCaseThatDoesNotVerifyIsNotPublishedAndNothingIsLeftOnTheServer() throws Exception {
        CaseLocation.File local = (CaseLocation.File) ReviewCase.createAs(dir, "alice", CaseEngine.SQLITE);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + local.path());
                Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER events_no_update");
            s.execute("UPDATE events SET amount = '0.01' WHERE event_id = 'E4'");
        }
        CaseLocation.Server server = TestServer.newCase();
        LedgerlineException e = assertThrows(LedgerlineException.class, () -> new CaseTransfer(PasswordPrompt.NONE)
                .publish(local, server, c -> Investigators.trail(c, dir, "lead"), Progress.NONE));
        assertTrue(e.getMessage().contains("does not verify"), e.getMessage());
        assertFalse(CaseFile.exists(server, PasswordPrompt.NONE));
    }

    @Test
    void publishingOntoAnExistingServerCaseIsRefused() {
        CaseLocation.File local = (CaseLocation.File) ReviewCase.createAs(dir, "alice", CaseEngine.SQLITE);
        CaseLocation server = ReviewCase.createAs(dir.resolve("other"), "bob", CaseEngine.POSTGRESQL);
        LedgerlineException e = assertThrows(LedgerlineException.class, () -> new CaseTransfer(PasswordPrompt.NONE)
                .publish(local, (CaseLocation.Server) server, c -> Investigators.trail(c, dir, "lead"),
                        Progress.NONE));
        assertTrue(e.getMessage().contains("already holds a case"), e.getMessage());
        assertTrue(CaseFile.exists(server, PasswordPrompt.NONE), "the existing case is left alone");
    }

    @OnBothEngines
    void aDecisionOnAStateSomeoneElseChangedIsRefusedAndNothingIsWritten(CaseEngine engine) {
        try (CaseFile c = CaseEngine.open(ReviewCase.createAs(dir, "alice", engine))) {
            AuditTrail alice = Investigators.trail(c, dir, "alice");
            AuditTrail bob = Investigators.trail(c, dir, "bob");
            // Both looked at ACC-1 while it had no decision.
            new ReviewService().decide(alice, confirm("customer called"), ReviewService.NONE);
            ConflictException e = assertThrows(ConflictException.class, () -> new ReviewService().decide(bob,
                    new ReviewDecision(null, "ACC-1", DecisionKind.REJECT_ACCOUNT, null, "own activity"),
                    ReviewService.NONE));
            assertTrue(e.getMessage().contains("decided by alice"), e.getMessage());
            assertTrue(e.getMessage().contains("customer called"), e.getMessage());
            assertEquals(1, new ReviewStore(c).decisions().size());
            // Seen now, bob's decision goes through.
            long latest = new ReviewStore(c).decisions().get(0).id();
            new ReviewService().decide(bob, new ReviewDecision(null, "ACC-1", DecisionKind.REJECT_ACCOUNT, null,
                    "own activity"), latest);
            assertEquals(2, new ReviewStore(c).decisions().size());
        }
    }

    @OnBothEngines
    void approvingAProposalThatWasSupersededMeanwhileIsRefused(CaseEngine engine) {
        try (CaseFile c = CaseEngine.open(ReviewCase.createAs(dir, "alice", engine))) {
            AuditTrail alice = Investigators.trail(c, dir, "alice");
            AuditTrail bob = Investigators.trail(c, dir, "bob");
            CompensationService service = new CompensationService();
            Proposal seen = confirmedAndProposed(service, alice, c);
            Proposal newer = service.propose(alice, reviewed(c), "ACC-1", new CompensationPolicy(
                    CompensationPolicy.Kind.USD, new java.math.BigDecimal("1000")), "capped by policy");
            ConflictException e = assertThrows(ConflictException.class,
                    () -> service.approve(bob, "ACC-1", seen.id(), "looks right"));
            assertTrue(e.getMessage().contains("superseded by #" + newer.id()), e.getMessage());
            assertEquals(newer.id(), service.approve(bob, "ACC-1", newer.id(), "checked the cap").id());
        }
    }

    @OnBothEngines
    void aPaymentRecordedAgainstAnotherProposalThanTheOneSeenIsRefused(CaseEngine engine) {
        try (CaseFile c = CaseEngine.open(ReviewCase.createAs(dir, "alice", engine))) {
            AuditTrail alice = Investigators.trail(c, dir, "alice");
            AuditTrail bob = Investigators.trail(c, dir, "bob");
            CompensationService service = new CompensationService();
            Proposal seen = confirmedAndProposed(service, alice, c);
            service.approve(bob, "ACC-1", seen.id(), "looks right");
            // meanwhile the approved figures are superseded and the new ones approved
            Proposal newer = service.propose(alice, reviewed(c), "ACC-1", new CompensationPolicy(
                    CompensationPolicy.Kind.USD, new java.math.BigDecimal("1000")), "capped by policy");
            service.approve(bob, "ACC-1", newer.id(), "checked the cap");

            ConflictException e = assertThrows(ConflictException.class,
                    () -> service.paid(alice, "ACC-1", seen.id(), "PAY-1"));
            assertTrue(e.getMessage().contains("superseded by #" + newer.id()), e.getMessage());
            assertEquals(ProposalState.APPROVED, service.proposals(c, "ACC-1").stream()
                    .filter(p -> p.id() == newer.id()).findFirst().orElseThrow().state(), "nothing was written");
            assertEquals(ProposalState.PAID, service.paid(alice, "ACC-1", newer.id(), "PAY-1").state());
        }
    }

    private static io.ledgerline.analysis.ReviewedResult reviewed(CaseFile c) {
        return new ReviewService().review(c, new PlaybookService().analyze(c, PlaybookSettings.defaults(),
                Progress.NONE));
    }

    /** ACC-1 confirmed and its reviewed loss proposed in kind, both by {@code who}. */
    private static Proposal confirmedAndProposed(CompensationService service, AuditTrail who, CaseFile c) {
        new ReviewService().decide(who, confirm("customer called"));
        return service.propose(who, reviewed(c), "ACC-1", CompensationPolicy.DEFAULT, "reviewed loss");
    }

    @Test
    void twoInvestigatorsDecidingOneAccountAtOnceOnTheServerNeverOverwriteEachOther() throws Exception {
        CaseLocation server = ReviewCase.createAs(dir, "alice", CaseEngine.POSTGRESQL);
        try (CaseFile first = CaseEngine.open(server); CaseFile second = CaseEngine.open(server)) {
            AuditTrail alice = Investigators.trail(first, dir, "alice");
            AuditTrail bob = Investigators.trail(second, dir, "bob");
            CyclicBarrier together = new CyclicBarrier(2);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<String>> outcomes = new ArrayList<>();
            for (AuditTrail who : List.of(alice, bob)) {
                Callable<String> decide = () -> {
                    together.await();
                    try {
                        new ReviewService().decide(who, confirm("seen by " + who.investigator()), ReviewService.NONE);
                        return "written";
                    } catch (ConflictException e) {
                        return "conflict";
                    }
                };
                outcomes.add(pool.submit(decide));
            }
            List<String> results = new ArrayList<>();
            for (Future<String> f : outcomes) {
                results.add(f.get());
            }
            pool.shutdown();
            results.sort(null);
            assertEquals(List.of("conflict", "written"), results);
            assertEquals(1, new ReviewStore(first).decisions().size());
            var report = new VerifyService().verify(first, List.of());
            assertTrue(report.holds(), "one audit chain, no fork: " + report.findings());
        }
    }
}
