package io.ledgerline.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "open", mixinStandardHelpOptions = true,
        description = "Open the desktop app on a case (the bundled demo case when none is given).")
final class OpenCommand implements Callable<Integer> {

    private final AppLauncher launcher;

    @Parameters(index = "0", arity = "0..1", paramLabel = "CASE", description = "The case file (.ledgerline).")
    Path caseFile;

    @Option(names = "--import", paramLabel = "BUNDLE",
            description = "Import this case export (folder or .zip) into the case once the window is open.")
    Path bundle;

    @Option(names = "--lenient", description = "With --import: quarantine invalid rows instead of refusing.")
    boolean lenient;

    OpenCommand(AppLauncher launcher) {
        this.launcher = launcher;
    }

    @Override
    public Integer call() {
        launcher.launch(caseFile, bundle, lenient);
        return LedgerlineCli.OK;
    }
}
