package io.ledgerline.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import io.ledgerline.store.CaseLocation;
import java.util.ArrayList;
import java.util.List;

/** Runs the CLI in-process as a shell would, keeping its exit code, stdout and stderr. Test helper. */
final class CliRun {

    /** The cases the {@code open} command asked the app to open. */
    final List<CaseLocation> launched = new ArrayList<>();
    String out;
    String err;

    int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = LedgerlineCli.run(args, new PrintWriter(o), new PrintWriter(e),
                (caseFile, bundle, lenient) -> launched.add(caseFile));
        out = o.toString();
        err = e.toString();
        return code;
    }
}
