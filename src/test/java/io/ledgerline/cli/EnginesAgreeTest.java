package io.ledgerline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerline.demo.DemoGenerator;
import io.ledgerline.demo.DemoOptions;
import io.ledgerline.domain.Progress;
import io.ledgerline.testing.TestServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code analyze --json} gives the same result on a case file and on a server case of the same bundle: the server
 * streams only the accounts its set-based pick keeps, the file every account, and both feed the same rules.
 */
class EnginesAgreeTest {

    @TempDir
    static Path dir;
    static Path bundle;
    static String caseFile;
    static String serverCase;

    @BeforeAll
    static void importTheDemoOnBothEngines() {
        bundle = new DemoGenerator().write(dir.resolve("bundle"), DemoOptions.folder(0.2, 1), Progress.NONE).bundle();
        caseFile = dir.resolve("demo.ledgerline").toString();
        serverCase = TestServer.newCase().toString();
        CliRun cli = new CliRun();
        for (String location : List.of(caseFile, serverCase)) {
            assertEquals(0, cli.run("import", location, bundle.toString(), "--profile", dir.resolve("p").toString()),
                    cli.err);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"defaults", "--fresh-address-hours=48", "--fresh-address-hours=1", "--no-new-device-rule"})
    void analyzeJsonIsTheSameOnBothEngines(String option) throws Exception {
        JsonNode onFile = analyze(caseFile, option);
        JsonNode onServer = analyze(serverCase, option);

        assertFalse(onFile.get("unsafe_disclosures").isEmpty(), "the demo has unsafe disclosures");
        if (option.equals("defaults")) {
            assertFalse(onFile.get("compromised").isEmpty(), "the demo has takeovers");
        }
        assertEquals(onFile, onServer);
    }

    /** The result of {@code analyze --json} without its run (id and time differ by nature). */
    private static JsonNode analyze(String location, String option) throws Exception {
        List<String> args = new ArrayList<>(List.of("analyze", location, "--json", "--profile",
                dir.resolve("p").toString()));
        if (!option.equals("defaults")) {
            args.add(option);
        }
        CliRun cli = new CliRun();
        assertEquals(0, cli.run(args.toArray(String[]::new)), cli.err);
        ObjectNode json = (ObjectNode) new ObjectMapper().readTree(cli.out);
        json.remove("run");
        return json;
    }
}
