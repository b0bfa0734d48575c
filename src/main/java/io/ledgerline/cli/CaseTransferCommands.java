package io.ledgerline.cli;

import io.ledgerline.store.CaseLocation;
import io.ledgerline.team.CaseTransfer;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code publish} and {@code export}: a whole case between a file and the team's server. */
abstract class CaseTransferCommands implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FROM", description = "The case to copy.")
    String source;

    @Parameters(index = "1", paramLabel = "TO", description = "The new case to copy it into (must not exist).")
    String target;

    @Mixin
    ProfileOptions profile;

    @Command(name = "publish", mixinStandardHelpOptions = true,
            description = "Copy a local case to a PostgreSQL server for a team: evidence, custody records, analysis "
                    + "runs, decisions and the audit chain, which continues on the server. The case must verify; "
                    + "both sides are verified afterwards.%n"
                    + "FROM: the case file (.ledgerline); TO: the new server case, "
                    + "postgresql://[USER@]HOST[:PORT]/DATABASE?case=ID.")
    static final class Publish extends CaseTransferCommands {
        Publish() {
            super(true, "publish copies a case file to a server: ledgerline publish CASE.ledgerline postgresql://…");
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Copy a case from a PostgreSQL server into a new local case file, to work offline or "
                    + "to archive it; the audit chain continues in the copy. Both sides are verified.%n"
                    + "FROM: the server case, postgresql://…?case=ID; TO: the new case file (.ledgerline).")
    static final class Export extends CaseTransferCommands {
        Export() {
            super(false, "export copies a server case to a file: ledgerline export postgresql://… CASE.ledgerline");
        }
    }

    /** True for publish (a file to a server), false for export (a server case to a file). */
    private final boolean toServer;
    private final String usage;

    CaseTransferCommands(boolean toServer, String usage) {
        this.toServer = toServer;
        this.usage = usage;
    }

    @Override
    public Integer call() {
        CaseLocation from = CaseLocation.parse(source);
        CaseLocation to = CaseLocation.parse(target);
        if (from instanceof CaseLocation.Server == toServer || to instanceof CaseLocation.Server != toServer) {
            throw new ParameterException(spec.commandLine(), usage);
        }
        CaseTransfer transfer = new CaseTransfer(ConsolePasswordPrompt.INSTANCE);
        ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr());
        CaseTransfer.Result result;
        try {
            result = toServer
                    ? transfer.publish((CaseLocation.File) from, (CaseLocation.Server) to, profile::trail, progress)
                    : transfer.export((CaseLocation.Server) from, (CaseLocation.File) to, profile::trail, progress);
        } finally {
            progress.done();
        }
        PrintWriter out = spec.commandLine().getOut();
        long rows = result.rows().values().stream().mapToLong(Long::longValue).sum();
        out.printf("%s to %s: %,d rows in %d tables.%n", toServer ? "Published" : "Exported", result.target(), rows,
                result.rows().size());
        for (Map.Entry<String, Long> table : result.rows().entrySet()) {
            if (table.getValue() > 0) {
                out.printf("  %-26s %,12d%n", table.getKey(), table.getValue());
            }
        }
        out.println("Source:");
        VerifyCommand.printText(result.source(), out);
        out.println("Copy:");
        VerifyCommand.printText(result.copy(), out);
        return result.copy().holds() ? LedgerlineCli.OK : LedgerlineCli.REFUSED;
    }
}
