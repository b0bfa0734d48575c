package io.ledgerline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerline.testing.BundleBuilder;
import io.ledgerline.testing.TestServer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI on a server case: the same commands with a postgresql:// location, publish and export. */
class TeamCommandsTest {

    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    @Test
    void everyCaseCommandTakesAServerLocationAndPublishExportRoundTripsWithVerify() throws Exception {
        Path bundle = BundleBuilder.valid().writeFolder(dir.resolve("bundle"));
        String server = TestServer.newCase().toString();
        String profile = dir.resolve("alice").toString();
        assertEquals(0, cli.run("import", server, bundle.toString(), "--profile", profile, "--investigator", "alice"),
                cli.err);
        assertEquals(0, cli.run("info", server, "--json"), cli.err);
        JsonNode info = new ObjectMapper().readTree(cli.out);
        assertEquals(server, info.get("case").asText());
        assertEquals(3, info.get("events").asInt());
        assertEquals(0, cli.run("analyze", server, "--profile", profile), cli.err);

        Path offline = dir.resolve("offline.ledgerline");
        assertEquals(0, cli.run("export", server, offline.toString(), "--profile", profile), cli.err);
        assertTrue(cli.out.contains("Exported to " + offline), cli.out);
        assertEquals(2, cli.out.split("All checks hold\\.", -1).length - 1, cli.out);

        String again = TestServer.newCase().toString();
        assertEquals(0, cli.run("publish", offline.toString(), again, "--profile", profile), cli.err);
        assertEquals(0, cli.run("verify", again), cli.out + cli.err);
        assertTrue(cli.out.contains("All checks hold."), cli.out);
    }

    @Test
    void aMissingServerCaseAndAPasswordInTheLocationAreRefusedPlainly() {
        String missing = TestServer.newCase().toString();
        assertEquals(1, cli.run("info", missing));
        assertTrue(cli.err.contains("There is no case"), cli.err);
        assertEquals(1, cli.run("info", "postgresql://alice:secret@localhost/db?case=X"));
        assertTrue(cli.err.contains("Leave the password out"), cli.err);
        assertEquals(2, cli.run("publish", "postgresql://localhost/db?case=X", "y.ledgerline"));
    }
}
