package io.ledgerline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerline.testing.ReviewCase;
import io.ledgerline.testing.Sqlite3Shell;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** review, propose, approve, return, paid and verify from the command line, by two profiles. */
class DecisionCommandsTest {

    @TempDir
    Path dir;
    Path caseFile;
    String alice;
    String bob;
    private final CliRun cli = new CliRun();

    @BeforeEach
    void confirmedTakeover() {
        caseFile = ReviewCase.createAs(dir, "alice");
        alice = dir.resolve("profiles").resolve("alice").toString();
        bob = dir.resolve("profile-bob").toString();
        assertEquals(0, run("review", "--account", "ACC-1", "--confirm", "--reason", "called", "--profile", alice),
                cli.err);
    }

    private int run(String command, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = command;
        all[1] = caseFile.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return cli.run(all);
    }

    @Test
    void twoInvestigatorsProposeAndApproveAndVerifyHolds() throws Exception {
        assertEquals(2, run("propose", "--account", "ACC-1", "--cap-usd", "-3", "--profile", alice),
                "a cap that is not positive is a usage error");
        assertTrue(cli.err.contains("--cap-usd must be a positive amount of USD"), cli.err);
        assertEquals(0, run("propose", "--account", "ACC-1", "--profile", alice), cli.err);
        assertTrue(cli.out.startsWith("Proposal #1 of ACC-1: proposed, 0.5005 BTC in kind (USD 30030.00"), cli.out);
        assertEquals(1, run("approve", "--account", "ACC-1", "--reason", "fine", "--profile", alice));
        assertTrue(cli.err.contains("approval needs a second investigator"), cli.err);
        assertEquals(0, run("approve", "--account", "ACC-1", "--reason", "fine", "--profile", bob, "--investigator",
                "bob"), cli.err);
        assertTrue(cli.out.contains("proposed by alice; approved by bob"), cli.out);
        assertEquals(0, run("paid", "--account", "ACC-1", "--reference", "PAY-1", "--profile", bob), cli.err);

        assertEquals(0, run("verify"), cli.out);
        assertTrue(cli.out.contains("All checks hold."), cli.out);
        assertEquals(0, run("verify", "--json"), cli.err);
        JsonNode json = new ObjectMapper().readTree(cli.out);
        assertTrue(json.get("holds").asBoolean());
        assertEquals(7, json.get("audit_entries").asInt(), "alice, import, review, propose, bob, approve, paid");
    }

    @Test
    void verifyExitsOneNamingTheEditedRow() throws Exception {
        assertEquals(0, run("propose", "--account", "ACC-1", "--policy", "usd", "--profile", alice), cli.err);
        assertEquals(0, run("return", "--account", "ACC-1", "--reason", "x", "--profile", bob, "--investigator",
                "bob"), cli.err);
        assertTrue(cli.out.contains("Proposal #1 of ACC-1: returned, USD 30030.00."), cli.out);
        Sqlite3Shell.exec(caseFile, Sqlite3Shell.dropTriggers("events"),
                "UPDATE events SET amount = '5' WHERE event_id = 'E4'");
        assertEquals(1, run("verify"));
        assertTrue(cli.out.contains("FINDING events import file 3, event_id E4 (line 5): changed"), cli.out);
        assertEquals(1, run("verify", "--json"));
        JsonNode finding = new ObjectMapper().readTree(cli.out).get("findings").get(0);
        assertEquals("evidence", finding.get("check").asText());
        assertEquals("events", finding.get("table").asText());
    }

    @Test
    void aPaymentNeedsItsReferenceAndAnApprovalItsReason() {
        assertEquals(2, run("paid", "--account", "ACC-1", "--profile", alice));
        assertEquals(2, run("approve", "--account", "ACC-1", "--profile", alice));
    }
}
