package io.ledgerline.cli;

import io.ledgerline.domain.ToolVersion;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: {@code ledgerline <command> ...}. Exit codes: 0 success, 1 input refused or the work failed
 * (message on stderr, no stack trace), 2 usage error.
 */
@Command(name = "ledgerline",
        mixinStandardHelpOptions = true,
        versionProvider = LedgerlineCli.Version.class,
        description = "Investigate crypto-exchange account takeovers: import case exports, analyse, report.",
        subcommands = {ImportCommand.class, InfoCommand.class, AnalyzeCommand.class, ReviewCommand.class, DemoCommand.class, OpenCommand.class,
            ImportTimelineCommand.class, ExportTimelineCommand.class, TimelinePngCommand.class, WhatIfCommand.class,
            ReportCommand.class, NarrativeCommand.class, RecoveredCommand.class,

            ProposeCommand.class, ApproveCommand.class, ReturnCommand.class, PaidCommand.class, VerifyCommand.class,
            CaseTransferCommands.Publish.class, CaseTransferCommands.Export.class})
public final class LedgerlineCli implements Runnable {

    public static final int OK = 0;
    public static final int REFUSED = 1;
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Name a command; see --help.");
    }

    /** Runs the CLI with {@code args}; {@code launcher} opens the desktop app for the {@code open} command. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, AppLauncher launcher) {
        CommandLine cli = new CommandLine(new LedgerlineCli(), new CommandFactory(launcher));
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(new CliExceptionHandler());
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Ledgerline " + ToolVersion.get()};
        }
    }

    /** Gives commands what they need from outside the CLI (the app launcher), without a DI framework. */
    private record CommandFactory(AppLauncher launcher) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == OpenCommand.class) {
                return type.cast(new OpenCommand(launcher));
            }
            return CommandLine.defaultFactory().create(type);
        }
    }
}
