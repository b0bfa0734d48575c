package io.ledgerline.cli;

import io.ledgerline.domain.InputRefusedException;
import io.ledgerline.domain.LedgerlineException;
import io.ledgerline.workspace.AppDirs;
import java.io.PrintWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/** The one place a command's failure becomes a stderr message and an exit code; the log keeps the stack trace. */
final class CliExceptionHandler implements CommandLine.IExecutionExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(CliExceptionHandler.class);

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        if (e instanceof InputRefusedException refused) {
            // the application log keeps every refusal, with its problems (case-format.md, "Import outcomes")
            LOG.info("Refused: {}\n{}", refused.getMessage(), refused.problemLines());
            err.println(refused.getMessage());
            refused.problemLines().lines().forEach(line -> err.println("  " + line));
        } else if (e instanceof LedgerlineException failure) {
            LOG.warn("Failed: {}", failure.getMessage(), failure);
            err.println(failure.getMessage());
        } else {
            LOG.error("Unexpected failure of '{}'", String.join(" ", parsed.originalArgs()), e);
            err.println("Ledgerline failed unexpectedly (" + e.getClass().getSimpleName() + "). The details are in "
                    + AppDirs.forCurrentUser().logFile() + ".");
        }
        err.flush();
        return LedgerlineCli.REFUSED;
    }
}
