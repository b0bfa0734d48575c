package io.ledgerline.cli;

import io.ledgerline.importer.ImportOptions;
import io.ledgerline.importer.ImportReport;
import io.ledgerline.importer.ImportReportText;
import io.ledgerline.importer.ImportService;
import io.ledgerline.store.CaseFile;
import io.ledgerline.store.CaseLocation;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import a case export (folder or .zip) into a case file, creating the case if absent.")
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CaseArgument caseArgument;

    @Parameters(index = "1", paramLabel = "BUNDLE", description = "The case export: a folder or a .zip.")
    Path bundle;

    @Option(names = "--lenient",
            description = "Import the valid rows and keep each invalid row in quarantine instead of refusing.")
    boolean lenient;

    @Mixin
    ProfileOptions profile;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr());
        CaseLocation location = caseArgument.location();
        boolean absent = !CaseFile.exists(location, ConsolePasswordPrompt.INSTANCE);
        // Only a case this command made is removed after a refused first import: "created" is set once create()
        // has succeeded, so a case someone else made in the meantime is never touched.
        boolean created = false;
        boolean imported = false;
        try {
            CaseFile target = absent ? CaseFile.create(location, ConsolePasswordPrompt.INSTANCE)
                    : CaseFile.open(location, ConsolePasswordPrompt.INSTANCE);
            created = absent;
            try (target) {
                ImportReport report = new ImportService().importBundle(bundle, profile.trail(target),
                        lenient ? ImportOptions.LENIENT : ImportOptions.STRICT, progress);
                out.print(ImportReportText.format(report));
                imported = true;
            }
        } finally {
            progress.done();
            if (created && !imported) {
                // A refused first import leaves no empty case behind.
                CaseFile.deleteUnused(location, ConsolePasswordPrompt.INSTANCE);
            }
        }
        return LedgerlineCli.OK;
    }
}
