package io.ledgerline.cli;

import io.ledgerline.importer.timesketch.TimelineImportReport;
import io.ledgerline.importer.timesketch.TimesketchImportService;
import io.ledgerline.store.CaseFile;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import-timeline", mixinStandardHelpOptions = true,
        description = "Import a Timesketch timeline (.csv or .jsonl, optionally .gz) as events of an account "
                + "already in the case.")
final class ImportTimelineCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CaseArgument caseArgument;

    @Parameters(index = "1", paramLabel = "FILE", description = "The timeline: .csv, .jsonl, .csv.gz or .jsonl.gz.")
    Path file;

    @Option(names = "--account", required = true, paramLabel = "ID",
            description = "The account the timeline's events belong to.")
    String account;

    @Mixin
    ProfileOptions profile;

    @Override
    public Integer call() {
        ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr());
        try (CaseFile target = caseArgument.open()) {
            TimelineImportReport report = new TimesketchImportService().importTimeline(file, profile.trail(target), account,
                    progress);
            spec.commandLine().getOut().print(report.text());
        } finally {
        }
        return LedgerlineCli.OK;
    }
}
