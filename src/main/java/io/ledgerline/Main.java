package io.ledgerline;

import io.ledgerline.cli.LedgerlineCli;
import io.ledgerline.ui.LedgerlineApp;
import io.ledgerline.workspace.AppDirs;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The one entry point: no arguments opens the app; anything else is a command for the CLI. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // Before the first logger exists: logback.xml writes to this folder.
        System.setProperty("ledgerline.logdir", AppDirs.forCurrentUser().logs().toString());
        if (args.length == 0) {
            LedgerlineApp.launchOn(null, null, false);
            return;
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int code = LedgerlineCli.run(args, out, err, LedgerlineApp::launchOn);
        System.exit(code);
    }
}
