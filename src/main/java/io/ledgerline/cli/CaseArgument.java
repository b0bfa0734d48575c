package io.ledgerline.cli;

import io.ledgerline.store.CaseFile;
import io.ledgerline.store.CaseLocation;
import picocli.CommandLine.Parameters;

/** The case every case command takes first: a case file, or a case on a PostgreSQL server. */
final class CaseArgument {

    @Parameters(index = "0", paramLabel = "CASE", description = "The case: a file (.ledgerline), or a case on a "
            + "server, postgresql://[USER@]HOST[:PORT]/DATABASE?case=ID (password from ~/.pgpass, or asked).")
    String text;

    CaseLocation location() {
        return CaseLocation.parse(text);
    }

    /** Opens the existing case, asking on the console for a server password that .pgpass does not give. */
    CaseFile open() {
        return CaseFile.open(location(), ConsolePasswordPrompt.INSTANCE);
    }
}
