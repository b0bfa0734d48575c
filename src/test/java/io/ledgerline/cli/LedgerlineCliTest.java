package io.ledgerline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerline.store.CaseLocation;
import io.ledgerline.testing.BundleBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerlineCliTest {

    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void helpAndVersionExitZero() {
        assertEquals(0, run("--help"));
        assertTrue(cli.out.contains("import") && cli.out.contains("info") && cli.out.contains("demo"), cli.out);
        assertEquals(0, run("--version"));
        assertTrue(cli.out.startsWith("Ledgerline "), cli.out);
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, run("frobnicate"));
        assertEquals(2, run("import", "only-one-argument"));
        assertEquals(2, run("info", "x.ledgerline", "--no-such-option"));
        assertEquals(2, run());
    }

    @Test
    void demoZipNamesItsFileDotZip() {
        assertEquals(0, run("demo", dir.resolve("bundle").toString(), "--zip", "--scale", "0.05"), cli.err);
        assertTrue(Files.isRegularFile(dir.resolve("bundle.zip")));
        assertFalse(Files.exists(dir.resolve("bundle")));
        assertEquals(0, run("import", dir.resolve("c.ledgerline").toString(), dir.resolve("bundle.zip").toString()),
                cli.err);
    }

    @Test
    void importThenInfoJsonPrintsTheBundlesCounts() throws Exception {
        Path bundle = BundleBuilder.valid().writeFolder(dir.resolve("bundle"));
        Path caseFile = dir.resolve("c.ledgerline");
        assertEquals(0, run("import", caseFile.toString(), bundle.toString()), cli.err);
        assertTrue(cli.out.contains("imported as import #1"), cli.out);
        assertEquals(0, run("info", caseFile.toString(), "--json"), cli.err);
        JsonNode json = new ObjectMapper().readTree(cli.out);
        assertEquals(2, json.get("accounts").asInt());
        assertEquals(3, json.get("events").asInt());
        assertEquals(1, json.get("events_by_type").get("WITHDRAWAL").asInt());
        assertEquals(1, json.get("legal_requests").asInt());
        assertEquals(1, json.get("prices").asInt());
        assertEquals(0, json.get("quarantined_rows").asInt());
        JsonNode files = json.get("imports").get(0).get("files");
        assertEquals(4, files.size());
        assertEquals(64, files.get(0).get("sha256").asText().length());
    }

    @Test
    void refusedInputExitsOneWithFileLineAndReasonAndNoStackTrace() {
        String events = BundleBuilder.EVENTS_HEADER + "E1,ACC-1,2024-05-30 14:00,LOGIN,,,,,,,,,\n";
        Path bundle = BundleBuilder.valid().file("events.csv", events).writeFolder(dir.resolve("bundle"));
        assertEquals(1, run("import", dir.resolve("c.ledgerline").toString(), bundle.toString()));
        assertTrue(cli.err.contains("events.csv:2: occurred_at:"), cli.err);
        assertFalse(java.nio.file.Files.exists(dir.resolve("c.ledgerline")), "no empty case left behind");
        assertFalse(cli.err.contains("\tat "), "no stack trace: " + cli.err);
    }

    @Test
    void infoOnAMissingCaseExitsOne() {
        assertEquals(1, run("info", dir.resolve("nope.ledgerline").toString()));
        assertTrue(cli.err.contains("No case file"), cli.err);
    }

    @Test
    void openHandsTheCaseToTheAppLauncher() {
        assertEquals(0, run("open", "x.ledgerline"));
        assertEquals(List.of(new CaseLocation.File(Path.of("x.ledgerline"))), cli.launched);
    }

    @Test
    void openHandsAServerCaseToTheAppLauncher() {
        assertEquals(0, run("open", "postgresql://bob@db.example.org/cases?case=INC-7"));
        assertEquals(List.of(new CaseLocation.Server("db.example.org", 5432, "cases", "INC-7", "bob")), cli.launched);
    }

    @Test
    void openRefusesAServerLocationWithAPassword() {
        assertEquals(1, run("open", "postgresql://bob:secret@db.example.org/cases?case=INC-7"));
        assertTrue(cli.err.contains("Leave the password out"), cli.err);
        assertTrue(cli.launched.isEmpty());
    }

    @Test
    void importTimelineAndExportTimelineExitZeroAndWriteTheTimeline() throws Exception {
        Path bundle = BundleBuilder.valid().writeFolder(dir.resolve("bundle"));
        Path caseFile = dir.resolve("c.ledgerline");
        assertEquals(0, run("import", caseFile.toString(), bundle.toString()), cli.err);
        Path timeline = Files.writeString(dir.resolve("t.csv"),
                "message,datetime,timestamp_desc\nhello,2024-05-30T14:00:00Z,Write time\n");
        assertEquals(0, run("import-timeline", caseFile.toString(), timeline.toString(), "--account", "ACC-2"), cli.err);
        assertTrue(cli.out.contains("imported as import #2") && cli.out.contains("imported 1"), cli.out);
        Path exported = dir.resolve("acc-2.jsonl");
        assertEquals(0, run("export-timeline", caseFile.toString(), "--account", "ACC-2", exported.toString()), cli.err);
        assertTrue(cli.out.contains("2 events of account ACC-2"), cli.out);
        List<String> lines = Files.readAllLines(exported);
        assertEquals(2, lines.size());
        assertTrue(lines.stream().anyMatch(l -> l.contains("\"message\":\"hello\"")), lines.toString());
    }

    @Test
    void importTimelineRefusalExitsOneWithFileLineAndColumn() throws Exception {
        Path bundle = BundleBuilder.valid().writeFolder(dir.resolve("bundle"));
        Path caseFile = dir.resolve("c.ledgerline");
        assertEquals(0, run("import", caseFile.toString(), bundle.toString()), cli.err);
        Path timeline = Files.writeString(dir.resolve("t.csv"), "message,datetime\nhello,2024-05-30 14:00\n");
        assertEquals(1, run("import-timeline", caseFile.toString(), timeline.toString(), "--account", "ACC-2"));
        assertTrue(cli.err.contains("t.csv:2: datetime: \"2024-05-30 14:00\" has no offset"), cli.err);
        assertFalse(cli.err.contains("\tat "), "no stack trace: " + cli.err);
        assertEquals(1, run("import-timeline", caseFile.toString(), timeline.toString(), "--account", "ACC-404"));
        assertTrue(cli.err.contains("Account ACC-404 is not in the case"), cli.err);
        assertEquals(2, run("import-timeline", caseFile.toString(), timeline.toString()));
    }
}
