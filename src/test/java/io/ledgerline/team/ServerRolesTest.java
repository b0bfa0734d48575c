package io.ledgerline.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerline.analysis.PlaybookService;
import io.ledgerline.analysis.PlaybookSettings;
import io.ledgerline.analysis.ReviewService;
import io.ledgerline.audit.AuditTrail;
import io.ledgerline.compensation.CompensationPolicy;
import io.ledgerline.compensation.CompensationService;
import io.ledgerline.compensation.Proposal;
import io.ledgerline.compensation.ProposalState;
import io.ledgerline.domain.DecisionKind;
import io.ledgerline.domain.LedgerlineException;
import io.ledgerline.domain.Progress;
import io.ledgerline.domain.ReviewDecision;
import io.ledgerline.store.CaseFile;
import io.ledgerline.store.CaseLocation;
import io.ledgerline.store.PasswordPrompt;
import io.ledgerline.store.ProposalStore;
import io.ledgerline.store.ProposalStore.StoredTransition;
import io.ledgerline.testing.CaseEngine;
import io.ledgerline.testing.Investigators;
import io.ledgerline.testing.OnBothEngines;
import io.ledgerline.testing.ReviewCase;
import io.ledgerline.testing.TestServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the server enforces whatever the client (issue #11): evidence append-only and the audit table insert-only for
 * an investigator's login, approvals only by the approver role, never by the proposer.
 */
class ServerRolesTest {

    private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 6);
    private static final String INVESTIGATOR = "inv_" + SUFFIX;
    private static final String APPROVER = "appr_" + SUFFIX;
    private static final String PASSWORD = "pw-" + SUFFIX;
    private static final PasswordPrompt ASKED = (server, retry) -> retry ? null : PASSWORD.toCharArray();

    @TempDir
    Path dir;

    @BeforeAll
    static void logins() throws SQLException {
        // The roles exist once a case's V8 migration has run; make sure of it before granting them.
        CaseFile.create(TestServer.newCase(), PasswordPrompt.NONE).close();
        createLogin(INVESTIGATOR, "ledgerline_investigator");
        createLogin(APPROVER, "ledgerline_approver");
    }

    @AfterAll
    static void dropLogins() throws SQLException {
        dropLogin(INVESTIGATOR);
        dropLogin(APPROVER);
    }

    /** A login role with the test password, a member of {@code role} (none when null). */
    private static void createLogin(String user, String role) throws SQLException {
        try (Connection c = TestServer.admin(); Statement s = c.createStatement()) {
            s.execute("create role " + user + " login password '" + PASSWORD + "'"
                    + (role == null ? "" : " in role " + role));
        }
    }

    private static void dropLogin(String user) throws SQLException {
        try (Connection c = TestServer.admin(); Statement s = c.createStatement()) {
            s.execute("drop owned by " + user + " cascade");
            s.execute("drop role " + user);
        }
    }

    private static CaseLocation.Server as(CaseLocation location, String user) {
        CaseLocation.Server s = (CaseLocation.Server) location;
        return new CaseLocation.Server(s.host(), s.port(), s.database(), s.caseId(), user);
    }

    private static Connection jdbc(CaseLocation.Server s) throws SQLException {
        Connection c = DriverManager.getConnection(s.jdbcUrl() + "?currentSchema=" + s.schema(), s.user(), PASSWORD);
        c.setAutoCommit(true);
        return c;
    }

    @Test
    void anInvestigatorsLoginCanAddToTheCaseButNeverChangeEvidenceOrTheAuditTrail() throws SQLException {
        CaseLocation lead = ReviewCase.createAs(dir, "lead", CaseEngine.POSTGRESQL);
        CaseLocation.Server alice = as(lead, INVESTIGATOR);
        try (CaseFile c = CaseFile.open(alice, ASKED)) {
            new ReviewService().decide(Investigators.trail(c, dir, "alice"), new ReviewDecision(null, "ACC-1",
                    DecisionKind.CONFIRM_ACCOUNT, null, "customer called"));
        }
        try (Connection c = jdbc(alice); Statement s = c.createStatement()) {
            for (String sql : new String[] {"update events set amount = '0.01'", "delete from events",
                    "truncate events", "update audit_log set reason = 'nothing'", "delete from audit_log",
                    "drop trigger events_no_update on events", "update review_decisions set reason = 'x'"}) {
                SQLException e = assertThrows(SQLException.class, () -> s.execute(sql), sql);
                assertEquals("42501", e.getSQLState(), sql + ": " + e.getMessage()); // insufficient_privilege
            }
        }
    }

    @Test
    void onlyTheApproverRoleApprovesAndNeverThePersonWhoProposed() {
        CaseLocation lead = ReviewCase.createAs(dir, "lead", CaseEngine.POSTGRESQL);
        CompensationService service = new CompensationService();
        try (CaseFile c = CaseFile.open(as(lead, INVESTIGATOR), ASKED)) {
            AuditTrail alice = Investigators.trail(c, dir, "alice");
            new ReviewService().decide(alice, new ReviewDecision(null, "ACC-1", DecisionKind.CONFIRM_ACCOUNT, null,
                    "customer called"));
            service.propose(alice, new ReviewService().review(c, new PlaybookService().analyze(c,
                    PlaybookSettings.defaults(), Progress.NONE)), "ACC-1", CompensationPolicy.DEFAULT, "reviewed loss");
            // carol holds only the investigator role: the server refuses her approval, however it is sent.
            AuditTrail carol = Investigators.trail(c, dir, "carol");
            Exception e = assertThrows(Exception.class, () -> service.approve(carol, "ACC-1", "fine"));
            assertTrue(e.getMessage().contains("ledgerline_approver"), e.getMessage());
        }
        try (CaseFile c = CaseFile.open(as(lead, APPROVER), ASKED)) {
            Proposal approved = service.approve(Investigators.trail(c, dir, "bob"), "ACC-1", "matches the records");
            assertEquals(ProposalState.APPROVED, approved.state());
        }
    }

    @Test
    void noLoginChangesOrRemovesTheIdTheCaseIsOpenedBy() throws SQLException {
        CaseLocation lead = ReviewCase.createAs(dir, "lead", CaseEngine.POSTGRESQL);
        CaseLocation.Server alice = as(lead, INVESTIGATOR);
        CaseFile.open(alice, ASKED).close();
        try (Connection c = jdbc(alice); Statement s = c.createStatement()) {
            for (String sql : new String[] {"update case_info set value = 'OTHER-1' where key = 'server_case_id'",
                    "update case_info set key = 'moved' where key = 'server_case_id'",
                    "delete from case_info where key = 'server_case_id'"}) {
                assertThrows(SQLException.class, () -> s.execute(sql), sql);
            }
            // the case's other settings stay the investigators' to change
            s.execute("insert into case_info values ('title', 'x')");
            assertEquals(1, s.executeUpdate("update case_info set value = 'y' where key = 'title'"));
        }
        try (Connection c = TestServer.admin(); Statement s = c.createStatement()) {
            assertThrows(SQLException.class, () -> s.execute("update " + ((CaseLocation.Server) lead).schema()
                    + ".case_info set value = 'OTHER-1' where key = 'server_case_id'"), "not even the owner");
        }
        try (CaseFile c = CaseFile.open(alice, ASKED)) {
            assertEquals(((CaseLocation.Server) lead).caseId(), c.displayName());
        }
    }

    @Test
    void aLoginWithoutTheRolesIsToldWhatItLacksNotThatTheCaseIsMissingOrDamaged() throws SQLException {
        String outsider = "out_" + UUID.randomUUID().toString().substring(0, 6);
        CaseLocation lead = ReviewCase.createAs(dir, "lead", CaseEngine.POSTGRESQL);
        createLogin(outsider, null);
        try {
            LedgerlineException open = assertThrows(LedgerlineException.class,
                    () -> CaseFile.open(as(lead, outsider), ASKED));
            assertTrue(open.getMessage().contains(outsider + " may not read the case")
                    && open.getMessage().contains("ledgerline_investigator"), open.getMessage());
            assertTrue(CaseFile.exists(as(lead, outsider), ASKED), "the case is there, only not readable");

            CaseLocation.Server fresh = as(TestServer.newCase(), outsider);
            LedgerlineException create = assertThrows(LedgerlineException.class,
                    () -> CaseFile.create(fresh, ASKED));
            assertTrue(create.getMessage().contains(outsider + " may not create cases"), create.getMessage());
        } finally {
            dropLogin(outsider);
        }
    }

    @Test
    void tablesOfTheLoginsOwnTemporarySchemaDoNotFoolTheApprovalRules() throws SQLException {
        CaseLocation lead = ReviewCase.createAs(dir, "lead", CaseEngine.POSTGRESQL);
        CaseLocation.Server alice = as(lead, INVESTIGATOR);
        Proposal p;
        String aliceKey;
        try (CaseFile c = CaseFile.open(alice, ASKED)) {
            AuditTrail trail = Investigators.trail(c, dir, "alice");
            aliceKey = trail.keyId();
            new ReviewService().decide(trail, new ReviewDecision(null, "ACC-1", DecisionKind.CONFIRM_ACCOUNT, null,
                    "customer called"));
            p = new CompensationService().propose(trail, new ReviewService().review(c, new PlaybookService().analyze(c,
                    PlaybookSettings.defaults(), Progress.NONE)), "ACC-1", CompensationPolicy.DEFAULT, "loss");
        }
        // Any login may make temporary tables, and a session searches its temporary schema first, even before
        // pg_catalog: a trigger function that names tables without a fixed search path would read these instead.
        try (Connection c = jdbc(alice); Statement s = c.createStatement()) {
            s.execute("create temp table pg_namespace (nspname name, nspowner oid)");
            s.execute("insert into pg_namespace select '" + alice.schema() + "', oid from pg_catalog.pg_roles"
                    + " where rolname = current_user");
            s.execute("create temp table compensation_proposals (id integer, key_id text)");
            s.execute("insert into compensation_proposals values (" + p.id() + ", 'someone else')");
            String approve = "insert into compensation_transitions (proposal_id, state, at, key_id, reason) values ("
                    + p.id() + ", 'approved', '2026-11-25T10:00:00Z', '" + aliceKey + "', 'my own')";
            SQLException e = assertThrows(SQLException.class, () -> s.execute(approve));
            assertTrue(e.getMessage().contains("ledgerline_approver") || e.getMessage().contains("proposer"),
                    e.getMessage());
        }
    }

    @Test
    void aServerThatWantsAPasswordIsAskedForItAgainWhenRefusedAndAClearMessageWhenCancelled() throws SQLException {
        String user = "pw_" + UUID.randomUUID().toString().substring(0, 6);
        CaseLocation lead = ReviewCase.createAs(dir, "lead", CaseEngine.POSTGRESQL);
        createLogin(user, "ledgerline_investigator");
        try {
            LedgerlineException cancelled = assertThrows(LedgerlineException.class,
                    () -> CaseFile.open(as(lead, user), (server, retry) -> null));
            assertTrue(cancelled.getMessage().contains("asked for a password for " + user), cancelled.getMessage());

            java.util.List<Boolean> asked = new java.util.ArrayList<>();
            PasswordPrompt wrongThenRight = (server, retry) -> {
                asked.add(retry);
                return (retry ? PASSWORD : "wrong").toCharArray();
            };
            try (CaseFile c = CaseFile.open(as(lead, user), wrongThenRight)) {
                assertTrue(new io.ledgerline.store.ReviewStore(c).accountExists("ACC-1"));
            }
            assertEquals(java.util.List.of(false, true), asked, "asked once, then again after the refusal");
        } finally {
            dropLogin(user);
        }
    }

    @Test
    void aPasswordFromThePgpassFileIsUsedWithoutAsking() throws Exception {
        String user = "pgpass_" + UUID.randomUUID().toString().substring(0, 6);
        CaseLocation lead = ReviewCase.createAs(dir, "lead", CaseEngine.POSTGRESQL);
        CaseLocation.Server server = as(lead, user);
        createLogin(user, "ledgerline_investigator");
        Path pgpass = dir.resolve("pgpass");
        java.nio.file.Files.writeString(pgpass, server.host() + ":" + server.port() + ":*:" + user + ":" + PASSWORD
                + "\n");
        String before = System.getProperty("org.postgresql.pgpassfile");
        System.setProperty("org.postgresql.pgpassfile", pgpass.toString());
        try (CaseFile c = CaseFile.open(server, (s, retry) -> {
            throw new AssertionError("asked although .pgpass has the password");
        })) {
            assertTrue(new io.ledgerline.store.ReviewStore(c).accountExists("ACC-1"));
        } finally {
            if (before == null) {
                System.clearProperty("org.postgresql.pgpassfile");
            } else {
                System.setProperty("org.postgresql.pgpassfile", before);
            }
            dropLogin(user);
        }
    }

    @OnBothEngines
    void theDatabaseRefusesAnApprovalByTheProposerEvenPastTheTool(CaseEngine engine) {
        try (CaseFile c = CaseEngine.open(ReviewCase.createAs(dir, "alice", engine))) {
            AuditTrail alice = Investigators.trail(c, dir, "alice");
            CompensationService service = new CompensationService();
            new ReviewService().decide(alice, new ReviewDecision(null, "ACC-1", DecisionKind.CONFIRM_ACCOUNT, null,
                    "customer called"));
            Proposal p = service.propose(alice, new ReviewService().review(c, new PlaybookService().analyze(c,
                    PlaybookSettings.defaults(), Progress.NONE)), "ACC-1", CompensationPolicy.DEFAULT, "loss");
            Exception e = assertThrows(Exception.class, () -> c.write(tx -> ProposalStore.transition(tx,
                    new StoredTransition(0, p.id(), "approved", "2026-11-25T10:00:00Z", alice.keyId(), "mine", null))));
            assertTrue(e.getMessage().contains("proposer cannot approve"), e.getMessage());
        }
    }
}
