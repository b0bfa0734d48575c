package io.ledgerline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerline.testing.ReviewCase;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewCommandTest {

    @TempDir
    Path dir;
    String caseFile;

    @BeforeEach
    void tinyCase() {
        caseFile = ReviewCase.create(dir).toString();
    }

    private final CliRun cli = new CliRun();

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void decisionsShowInAnalyzeJsonAndText() throws Exception {
        assertEquals(0, run("review", caseFile, "--account", "ACC-1", "--confirm", "--reason", "customer called",
                "--profile", dir.resolve("alice").toString(), "--investigator", "alice"), cli.err);
        assertTrue(cli.out.startsWith("Decision #1 recorded: confirm_account ACC-1 by alice at "), cli.out);
        // the name comes from the profile once it exists
        assertEquals(0, run("review", caseFile, "--account", "ACC-1", "--remove-withdrawal", "E4", "--reason",
                "the customer's own", "--profile", dir.resolve("alice").toString()), cli.err);
        assertTrue(cli.out.contains("by alice at"), cli.out);
        assertEquals(1, run("review", caseFile, "--account", "ACC-1", "--confirm", "--reason", "x",
                "--profile", dir.resolve("alice").toString(), "--investigator", "mallory"));
        assertTrue(cli.err.contains("belongs to alice, not mallory"), cli.err);

        assertEquals(0, run("analyze", caseFile, "--json"), cli.err);
        JsonNode json = new ObjectMapper().readTree(cli.out);
        JsonNode acc1 = json.get("compromised").get(0);
        assertEquals("confirmed", acc1.get("review").asText());
        assertEquals("E4", acc1.get("unauthorized_withdrawals").get(0).asText(), "the run's proposal is unchanged");
        assertEquals(0, acc1.get("reviewed").get("unauthorized_withdrawals").size());
        assertEquals("0.00", acc1.get("reviewed").get("loss_usd").asText());
        assertEquals("0.00", json.get("reviewed_total_loss_usd").asText());
        assertEquals("30030.00", json.get("total_loss_usd").asText());
        assertEquals(0, json.get("disagreements").size());

        assertEquals(0, run("analyze", caseFile), cli.err);
        assertTrue(cli.out.contains("ACC-1          confirmed"), cli.out);
    }

    @Test
    void aRemovalOfAnUnflaggedWithdrawalIsListedAsADisagreement() throws Exception {
        assertEquals(0, run("review", caseFile, "--account", "ACC-1", "--remove-withdrawal", "E5", "--reason", "x"),
                cli.err);
        assertEquals(0, run("analyze", caseFile, "--json"), cli.err);
        JsonNode d = new ObjectMapper().readTree(cli.out).get("disagreements").get(0);
        assertEquals("ACC-1", d.get("account_id").asText());
        assertEquals("E5", d.get("event_id").asText());
        assertEquals("removed_not_flagged", d.get("kind").asText());
        assertEquals(1, d.get("decision_id").asLong());
    }

    @Test
    void refusesABlankReasonAnUnknownAccountAndAnotherAccountsWithdrawal() {
        assertEquals(1, run("review", caseFile, "--account", "ACC-1", "--confirm", "--reason", " "));
        assertTrue(cli.err.contains("needs a reason"), cli.err);
        assertEquals(1, run("review", caseFile, "--account", "ACC-7", "--reject", "--reason", "no"));
        assertTrue(cli.err.contains("no account ACC-7"), cli.err);
        assertEquals(1, run("review", caseFile, "--account", "ACC-1", "--add-withdrawal", "E6", "--reason", "no"));
        assertTrue(cli.err.contains("belongs to account ACC-2"), cli.err);
    }

    @Test
    void needsExactlyOneAction() {
        assertEquals(2, run("review", caseFile, "--account", "ACC-1", "--confirm", "--reject", "--reason", "x"));
        assertEquals(2, run("review", caseFile, "--account", "ACC-1", "--reason", "x"));
    }
}
