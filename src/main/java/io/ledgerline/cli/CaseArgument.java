package io.ledgerline.cli;

import java.nio.file.Path;
import picocli.CommandLine.Parameters;

/** The case file every case command takes first. */
final class CaseArgument {

    @Parameters(index = "0", paramLabel = "CASE", description = "The case file (.ledgerline).")
    Path path;
}
