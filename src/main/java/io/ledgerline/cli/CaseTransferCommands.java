package io.ledgerline.cli;

import io.ledgerline.store.CaseLocation;
import io.ledgerline.team.CaseTransfer;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code publish} and {@code export}: a whole case between a file and the team's server. */
final class CaseTransferCommands {

    private CaseTransferCommands() {
    }

    @Command(name = "publish", mixinStandardHelpOptions = true,
            description = "Copy a local case to a PostgreSQL server for a team: evidence, custody records, analysis "
                    + "runs, decisions and the audit chain, which continues on the server. The case must verify; "
                    + "both sides are verified afterwards.")
    static final class Publish implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "CASE", description = "The case file (.ledgerline).")
        String source;

        @Parameters(index = "1", paramLabel = "URL",
                description = "The new server case: postgresql://[USER@]HOST[:PORT]/DATABASE?case=ID.")
        String target;

        @Mixin
        ProfileOptions profile;

        @Override
        public Integer call() {
            CaseLocation from = CaseLocation.parse(source);
            CaseLocation to = CaseLocation.parse(target);
            if (!(from instanceof CaseLocation.File file) || !(to instanceof CaseLocation.Server server)) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "publish copies a case file to a server: ledgerline publish CASE.ledgerline postgresql://…");
            }
            return print(new CaseTransfer(ConsolePasswordPrompt.INSTANCE).publish(file, server, profile::trail,
                    new ConsoleProgress(spec.commandLine().getErr())), "Published", spec.commandLine().getOut());
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Copy a case from a PostgreSQL server into a new local case file, to work offline or "
                    + "to archive it; the audit chain continues in the copy. Both sides are verified.")
    static final class Export implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "URL", description = "The server case: postgresql://…?case=ID.")
        String source;

        @Parameters(index = "1", paramLabel = "CASE", description = "The new case file (.ledgerline).")
        String target;

        @Mixin
        ProfileOptions profile;

        @Override
        public Integer call() {
            CaseLocation from = CaseLocation.parse(source);
            CaseLocation to = CaseLocation.parse(target);
            if (!(from instanceof CaseLocation.Server server) || !(to instanceof CaseLocation.File file)) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "export copies a server case to a file: ledgerline export postgresql://… CASE.ledgerline");
            }
            return print(new CaseTransfer(ConsolePasswordPrompt.INSTANCE).export(server, file, profile::trail,
                    new ConsoleProgress(spec.commandLine().getErr())), "Exported", spec.commandLine().getOut());
        }
    }

    private static int print(CaseTransfer.Result result, String verb, PrintWriter out) {
        long rows = result.rows().values().stream().mapToLong(Long::longValue).sum();
        out.printf("%s to %s: %,d rows in %d tables.%n", verb, result.target(), rows, result.rows().size());
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
