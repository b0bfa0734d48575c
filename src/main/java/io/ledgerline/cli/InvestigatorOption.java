package io.ledgerline.cli;

import picocli.CommandLine.Option;

/** The {@code --investigator} option of the commands that record who did something; the OS user by default. */
final class InvestigatorOption {

    @Option(names = "--investigator", paramLabel = "NAME",
            description = "Who does it; defaults to the OS user name (${DEFAULT-VALUE}).",
            defaultValue = "${sys:user.name}")
    String name;
}
