package io.ledgerline.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "open", mixinStandardHelpOptions = true,
        description = "Open the desktop app on a case (the bundled demo case when none is given).")
final class OpenCommand implements Callable<Integer> {

    private final AppLauncher launcher;

    @Parameters(index = "0", arity = "0..1", paramLabel = "CASE", description = "The case file (.ledgerline).")
    Path caseFile;

    OpenCommand(AppLauncher launcher) {
        this.launcher = launcher;
    }

    @Override
    public Integer call() {
        launcher.launch(caseFile);
        return LedgerlineCli.OK;
    }
}
