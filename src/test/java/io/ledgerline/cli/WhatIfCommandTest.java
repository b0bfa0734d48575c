package io.ledgerline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerline.demo.DemoGenerator;
import io.ledgerline.demo.DemoOptions;
import io.ledgerline.demo.DemoSummary;
import io.ledgerline.domain.Progress;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WhatIfCommandTest {

    @TempDir
    static Path dir;
    static Path caseFile;

    private final CliRun cli = new CliRun();

    @BeforeAll
    static void importDemo() {
        DemoSummary demo = new DemoGenerator().write(dir.resolve("bundle"), DemoOptions.folder(0.2, 1),
                Progress.NONE);
        caseFile = dir.resolve("demo.ledgerline");
        assertEquals(0, new CliRun().run("import", caseFile.toString(), demo.bundle().toString()));
    }

    @Test
    void defaultJsonGivesEachControlsPreventedLossAndFrictionBesideTheAnalyzeBaseline() throws Exception {
        assertEquals(0, cli.run("whatif", caseFile.toString(), "--json"), cli.err);
        JsonNode json = new ObjectMapper().readTree(cli.out);
        assertEquals(List.of("playbook_settings", "baseline", "controls"), names(json));
        assertEquals(List.of("address-cooldown", "address-expiry", "change-hold", "face-lock", "step-up", "judicial",
                "combined"), json.get("controls").findValuesAsText("control").subList(0, 7));
        JsonNode first = json.get("controls").get(0);
        assertEquals(List.of("control", "parameters", "prevented", "withdrawals", "friction", "accounts"),
                names(first));
        assertEquals("24", first.get("parameters").get("hours").asText());
        assertEquals(List.of("withdrawals", "accounts", "loss_by_asset", "loss_usd", "loss_usd_exact", "unvalued"),
                names(first.get("prevented")));
        assertEquals(List.of("withdrawals_delayed", "logins_stepped_up", "face_checks_refused",
                "disclosures_withheld", "accounts_affected"), names(first.get("friction")));
        assertTrue(first.get("prevented").get("loss_usd_exact").isTextual(), "money is a string");

        assertEquals(0, cli.run("analyze", caseFile.toString(), "--json"), cli.err);
        JsonNode analysis = new ObjectMapper().readTree(cli.out);
        assertEquals(new BigDecimal(analysis.get("total_loss_usd_exact").asText()),
                new BigDecimal(json.get("baseline").get("loss_usd_exact").asText()));
        JsonNode judicial = json.get("controls").get(5);
        assertEquals(json.get("baseline").get("loss_usd_exact").asText(),
                judicial.get("prevented").get("loss_usd_exact").asText());
        JsonNode account = judicial.get("accounts").get(0);
        assertEquals("DATA_DISCLOSURE", account.get("stopped_at").get("type").asText());
        assertEquals("blocked", account.get("withdrawals").get(0).get("outcome").asText());
    }

    @Test
    void namedControlsRunAloneAndCombined() throws Exception {
        assertEquals(0, cli.run("whatif", caseFile.toString(), "--json", "--control", "address-cooldown=hours:48",
                "--control", "face-lock=review:manual"), cli.err);
        JsonNode controls = new ObjectMapper().readTree(cli.out).get("controls");
        assertEquals(List.of("address-cooldown", "face-lock", "combined"),
                List.of(controls.get(0).get("control").asText(), controls.get(1).get("control").asText(),
                        controls.get(2).get("control").asText()));
        assertEquals("48", controls.get(0).get("parameters").get("hours").asText());
        assertEquals("48", controls.get(2).get("parameters").get("address-cooldown.hours").asText());
    }

    @Test
    void aBadControlIsAUsageErrorAndTheTableNamesTheControls() {
        assertEquals(2, cli.run("whatif", caseFile.toString(), "--control", "address-cooldown=weeks:2"));
        assertTrue(cli.err.contains("no parameter \"weeks\""), cli.err);
        assertEquals(0, cli.run("whatif", caseFile.toString(), "--control", "judicial"), cli.err);
        assertTrue(cli.out.contains("judicial"), cli.out);
        assertTrue(cli.out.contains("Without controls"), cli.out);
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
