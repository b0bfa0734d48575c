package io.ledgerline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerline.demo.DemoGenerator;
import io.ledgerline.demo.DemoOptions;
import io.ledgerline.demo.DemoSummary;
import io.ledgerline.demo.PlantedVictim;
import io.ledgerline.domain.Progress;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {

    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void analyzeJsonOnTheDemoCaseHasTheDocumentedShapeAndThePlantedVictims() throws Exception {
        DemoSummary demo = new DemoGenerator().write(dir.resolve("bundle"), DemoOptions.folder(0.2, 1),
                Progress.NONE);
        Path caseFile = dir.resolve("demo.ledgerline");
        assertEquals(0, run("import", caseFile.toString(), demo.bundle().toString()), cli.err);
        assertEquals(0, run("analyze", caseFile.toString(), "--json"), cli.err);
        JsonNode json = new ObjectMapper().readTree(cli.out);

        assertEquals(List.of("run", "compromised", "total_loss_usd", "total_loss_usd_exact", "clusters",
                "unsafe_disclosures", "link_keys", "confirmed_not_suspected", "reviewed_total_loss_usd",
                "reviewed_total_loss_usd_exact", "disagreements"), names(json));
        assertEquals(List.of("id", "run_at", "tool_version", "settings"), names(json.get("run")));
        assertEquals(1, json.get("run").get("id").asLong());
        Instant.parse(json.get("run").get("run_at").asText());
        assertEquals("PT24H", json.get("run").get("settings").get("fresh_address_age").asText());

        Set<String> accounts = new TreeSet<>();
        for (JsonNode a : json.get("compromised")) {
            assertEquals(List.of("account_id", "window_start", "window_end", "unauthorized_withdrawals",
                    "loss_by_asset", "loss_usd", "loss_usd_exact", "unvalued", "cluster", "review", "reviewed"), names(a));
            assertEquals("unreviewed", a.get("review").asText());
            assertEquals(a.get("loss_usd_exact"), a.get("reviewed").get("loss_usd_exact"), "no decision, no change");
            accounts.add(a.get("account_id").asText());
            assertTrue(a.get("window_start").asText().endsWith("Z"));
            assertTrue(a.get("loss_usd").isTextual(), "money is a string");
            assertEquals(new BigDecimal(a.get("loss_usd").asText()).scale(), 2);
            a.get("loss_by_asset").fields().forEachRemaining(f -> assertTrue(f.getValue().isTextual()));
            assertTrue(a.get("cluster").asInt() >= 1);
        }
        assertEquals(new TreeSet<>(demo.victimAccountIds()), accounts);
        assertEquals(2, json.get("clusters").size());
        BigDecimal exact = new BigDecimal(json.get("total_loss_usd_exact").asText());
        assertEquals(exact.setScale(2, java.math.RoundingMode.HALF_EVEN),
                new BigDecimal(json.get("total_loss_usd").asText()));
        Set<String> requests = new TreeSet<>();
        json.get("unsafe_disclosures").forEach(r -> requests.add(r.asText()));
        assertTrue(requests.containsAll(demo.victims().stream().map(PlantedVictim::requestId).toList()));

        assertEquals(0, run("analyze", caseFile.toString()), cli.err);
        assertTrue(cli.out.contains("Analysis run #2 recorded"), cli.out);
        assertTrue(cli.out.contains("Suspected takeovers  8 (in 2 clusters)"), cli.out);
    }

    @Test
    void analyzeOfAMissingCaseIsRefused() {
        assertEquals(1, run("analyze", dir.resolve("none.ledgerline").toString()));
        assertTrue(cli.err.contains("No case file"), cli.err);
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void thresholdsAreSettingsRecordedWithTheRun() throws Exception {
        DemoSummary demo = new DemoGenerator().write(dir.resolve("bundle"), DemoOptions.folder(0.2, 1),
                Progress.NONE);
        Path caseFile = dir.resolve("demo.ledgerline");
        assertEquals(0, run("import", caseFile.toString(), demo.bundle().toString()));
        assertEquals(0, run("analyze", caseFile.toString(), "--json", "--fresh-address-hours", "1",
                "--lookback-hours", "48", "--face-retry-minutes", "30", "--no-new-device-rule"));
        JsonNode settings = new ObjectMapper().readTree(cli.out).get("run").get("settings");
        assertEquals("PT1H", settings.get("fresh_address_age").asText(), settings.toString());
        assertEquals("PT48H", settings.get("compromise_lookback").asText(), settings.toString());
        assertEquals("PT30M", settings.get("face_retry_window").asText(), settings.toString());
        assertEquals(false, settings.get("new_device_rule").asBoolean(), settings.toString());
        assertEquals(2, run("analyze", caseFile.toString(), "--fresh-address-hours", "0"));
        assertTrue(cli.err.contains("--fresh-address-hours must be a positive number of hours"), cli.err);
    }
}
