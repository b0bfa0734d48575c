package io.ledgerline;

import io.ledgerline.cli.LedgerlineCli;
import io.ledgerline.domain.LedgerlineException;
import io.ledgerline.store.CaseFile;
import io.ledgerline.store.CaseLocation;
import io.ledgerline.ui.LedgerlineApp;
import io.ledgerline.workspace.AppDirs;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The one entry point: no arguments opens the app on the demo case; a single {@code .ledgerline} file (what a file
 * manager's "open with" passes) or {@code postgresql://} server case opens the app on it; anything else is a command
 * for the CLI.
 */
public final class Main {

    private Main() {
    }

    static boolean opensACase(String[] args) {
        return args.length == 1 && (args[0].toLowerCase(Locale.ROOT).endsWith(CaseFile.EXTENSION)
                || CaseLocation.isServer(args[0]));
    }

    public static void main(String[] args) {
        // Before the first logger exists: logback.xml writes to this folder.
        System.setProperty("ledgerline.logdir", AppDirs.forCurrentUser().logs().toString());
        if (args.length == 0 || opensACase(args)) {
            try {
                LedgerlineApp.launchOn(args.length == 0 ? null : CaseLocation.parse(args[0]), null, false);
            } catch (LedgerlineException e) {
                System.err.println(e.getMessage());
                System.exit(LedgerlineCli.REFUSED);
            }
            return;
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int code = LedgerlineCli.run(args, out, err, LedgerlineApp::launchOn);
        System.exit(code);
    }
}
