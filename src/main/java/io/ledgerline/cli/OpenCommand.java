package io.ledgerline.cli;

import io.ledgerline.store.CaseLocation;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "open", mixinStandardHelpOptions = true,
        description = "Open the desktop app on a case (the bundled demo case when none is given).")
final class OpenCommand implements Callable<Integer> {

    private final AppLauncher launcher;

    @Parameters(index = "0", arity = "0..1", paramLabel = "CASE", description = "The case: a file (.ledgerline), or "
            + "a case on a server, postgresql://[USER@]HOST[:PORT]/DATABASE?case=ID (password from ~/.pgpass, or "
            + "asked in the app).")
    String caseText;

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
        // parsed before the window opens, so a malformed location is refused on the console
        launcher.launch(caseText == null ? null : CaseLocation.parse(caseText), bundle, lenient);
        return LedgerlineCli.OK;
    }
}
