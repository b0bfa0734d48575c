package io.ledgerline.cli;

import io.ledgerline.importer.timesketch.TimelineExportReport;
import io.ledgerline.importer.timesketch.TimesketchExportService;
import io.ledgerline.store.CaseFile;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export-timeline", mixinStandardHelpOptions = true,
        description = "Write an account's events as a Timesketch timeline: CSV, or JSON Lines when OUT ends in "
                + ".jsonl (.gz compresses either).")
final class ExportTimelineCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CaseArgument caseArgument;

    @Option(names = "--account", required = true, paramLabel = "ID", description = "The account to export.")
    String account;

    @Parameters(index = "1", paramLabel = "OUT", description = "The timeline file to write (replaced if present).")
    Path out;

    @Override
    public Integer call() {
        ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr());
        try (CaseFile source = caseArgument.open()) {
            TimelineExportReport report = new TimesketchExportService().exportTimeline(source, account, out,
                    progress);
            spec.commandLine().getOut().print(report.text());
        }
        return LedgerlineCli.OK;
    }
}
