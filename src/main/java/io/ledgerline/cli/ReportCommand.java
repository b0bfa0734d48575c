package io.ledgerline.cli;

import io.ledgerline.audit.AuditTrail;
import io.ledgerline.report.TimelinePictures;
import io.ledgerline.report.GeneratedReport;
import io.ledgerline.report.ReportKind;
import io.ledgerline.report.ReportService;
import io.ledgerline.store.CaseFile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write the regulator filing and/or the compensation workbook (.xlsx) of a case, with its "
                + "SHA-256 in OUT.xlsx.sha256, and record it in the case. Without --run: the latest analysis run if "
                + "it is newer than the last import, else a fresh default run (recorded like `analyze`).")
final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CaseArgument caseArgument;

    @ArgGroup(exclusive = false, multiplicity = "1")
    Outputs outputs;

    static final class Outputs {
        @Option(names = "--regulator", paramLabel = "OUT.xlsx", description = "Write the regulator workbook here.")
        Path regulator;

        @Option(names = "--compensation", paramLabel = "OUT.xlsx",
                description = "Write the compensation workbook here.")
        Path compensation;
    }

    @Option(names = "--run", paramLabel = "ID", description = "The recorded analysis run to report on.")
    Long runId;

    @Mixin
    ProfileOptions profile;

    @Option(names = "--generated-at", paramLabel = "TIME", converter = InstantConverter.class,
            description = "Stamp the report with this UTC time (RFC 3339) instead of now, e.g. to regenerate a "
                    + "recorded report byte for byte.")
    Instant generatedAt;

    @Override
    public Integer call() {
        Clock clock = generatedAt == null ? Clock.systemUTC() : Clock.fixed(generatedAt, ZoneOffset.UTC);
        ReportService service = new ReportService(clock, new TimelinePictures());
        PrintWriter out = spec.commandLine().getOut();
        ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr());
        try (CaseFile c = caseArgument.open()) {
            AuditTrail trail = profile.trail(c);
            if (outputs.regulator != null) {
                print(out, service.write(trail, ReportKind.REGULATOR, outputs.regulator, runId, progress));
            }
            if (outputs.compensation != null) {
                print(out, service.write(trail, ReportKind.COMPENSATION, outputs.compensation, runId, progress));
            }
        } finally {
            progress.done();
        }
        return LedgerlineCli.OK;
    }

    private static void print(PrintWriter out, GeneratedReport r) {
        out.printf("%s workbook written: %s%n  analysis run #%d, generated %s, %,d bytes%n  sha256 %s (in %s)%n"
                        + "  recorded in the case as report #%d%n", r.kind().title(), r.file(), r.runId(),
                r.generatedAt(), r.sizeBytes(), r.sha256(), r.sha256File().getFileName(), r.recordId());
    }
}
