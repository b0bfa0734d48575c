package io.ledgerline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerline.testing.ReviewCase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewCommandTest {

    @TempDir
    Path dir;
    String caseFile;
    String out;
    String err;

    @BeforeEach
    void tinyCase() {
        caseFile = ReviewCase.create(dir).toString();
    }

    private int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = LedgerlineCli.run(args, new PrintWriter(o), new PrintWriter(e), (c, b, l) -> { });
        out = o.toString();
        err = e.toString();
        return code;
    }

    @Test
    void decisionsShowInAnalyzeJsonAndText() throws Exception {
        assertEquals(0, run("review", caseFile, "--account", "ACC-1", "--confirm", "--reason", "customer called",
                "--investigator", "alice"), err);
        assertTrue(out.startsWith("Decision #1 recorded: confirm_account ACC-1 by alice at "), out);
        assertEquals(0, run("review", caseFile, "--account", "ACC-1", "--remove-withdrawal", "E4", "--reason",
                "the customer's own"), err);
        assertTrue(out.contains("by " + System.getProperty("user.name") + " at"), out);

        assertEquals(0, run("analyze", caseFile, "--json"), err);
        JsonNode json = new ObjectMapper().readTree(out);
        JsonNode acc1 = json.get("compromised").get(0);
        assertEquals("confirmed", acc1.get("review").asText());
        assertEquals("E4", acc1.get("unauthorized_withdrawals").get(0).asText(), "the run's proposal is unchanged");
        assertEquals(0, acc1.get("reviewed").get("unauthorized_withdrawals").size());
        assertEquals("0.00", acc1.get("reviewed").get("loss_usd").asText());
        assertEquals("0.00", json.get("reviewed_total_loss_usd").asText());
        assertEquals("30030.00", json.get("total_loss_usd").asText());
        assertEquals(0, json.get("disagreements").size());

        assertEquals(0, run("analyze", caseFile), err);
        assertTrue(out.contains("ACC-1          confirmed"), out);
    }

    @Test
    void aRemovalOfAnUnflaggedWithdrawalIsListedAsADisagreement() throws Exception {
        assertEquals(0, run("review", caseFile, "--account", "ACC-1", "--remove-withdrawal", "E5", "--reason", "x"),
                err);
        assertEquals(0, run("analyze", caseFile, "--json"), err);
        JsonNode d = new ObjectMapper().readTree(out).get("disagreements").get(0);
        assertEquals("ACC-1", d.get("account_id").asText());
        assertEquals("E5", d.get("event_id").asText());
        assertEquals("removed_not_flagged", d.get("kind").asText());
        assertEquals(1, d.get("decision_id").asLong());
    }

    @Test
    void refusesABlankReasonAnUnknownAccountAndAnotherAccountsWithdrawal() {
        assertEquals(1, run("review", caseFile, "--account", "ACC-1", "--confirm", "--reason", " "));
        assertTrue(err.contains("needs a reason"), err);
        assertEquals(1, run("review", caseFile, "--account", "ACC-7", "--reject", "--reason", "no"));
        assertTrue(err.contains("no account ACC-7"), err);
        assertEquals(1, run("review", caseFile, "--account", "ACC-1", "--add-withdrawal", "E6", "--reason", "no"));
        assertTrue(err.contains("belongs to account ACC-2"), err);
    }

    @Test
    void needsExactlyOneAction() {
        assertEquals(2, run("review", caseFile, "--account", "ACC-1", "--confirm", "--reject", "--reason", "x"));
        assertEquals(2, run("review", caseFile, "--account", "ACC-1", "--reason", "x"));
    }
}
