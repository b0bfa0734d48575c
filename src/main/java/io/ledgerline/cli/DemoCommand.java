package io.ledgerline.cli;

import io.ledgerline.demo.BundleFile;
import io.ledgerline.demo.DemoGenerator;
import io.ledgerline.demo.DemoOptions;
import io.ledgerline.demo.DemoSummary;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Write a synthetic case export of the forged-judicial-request incident.")
final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OUTDIR", description = "Folder to write (with --zip, the .zip file; .zip is added when missing).")
    Path out;

    @Option(names = "--scale", defaultValue = "1",
            description = "Size: 1 is about 20,000 events, 50 over a million (default 1).")
    double scale;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed; the same seed gives the same bundle.")
    long seed;

    @Option(names = "--zip", description = "Write a .zip instead of a folder.")
    boolean zip;

    @Option(names = "--ground-truth", paramLabel = "FILE",
            description = "Also write the planted victims, clusters and decoys as JSON (not part of the bundle).")
    Path groundTruth;

    /** {@code --zip} writes a file the import (and a file manager) recognise as a zip: its name ends in .zip. */
    static Path withZipExtension(Path path) {
        String name = path.getFileName().toString();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".zip") ? path : path.resolveSibling(name + ".zip");
    }

    @Override
    public Integer call() {
        DemoOptions options;
        try {
            options = new DemoOptions(scale, seed, zip);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr());
        DemoGenerator generator = new DemoGenerator();
        DemoSummary summary;
        try {
            summary = generator.write(zip ? withZipExtension(out) : out, options, progress);
        } finally {
            progress.done();
        }
        if (groundTruth != null) {
            generator.writeGroundTruth(summary, groundTruth);
        }
        PrintWriter o = spec.commandLine().getOut();
        o.printf("Wrote %s (case %s): %,d events, %d planted victims, %d decoys%n", summary.bundle(),
                summary.caseId(), summary.events(), summary.victims().size(), summary.decoys().size());
        for (BundleFile f : summary.files()) {
            o.printf("  %-20s %,10d rows  sha256 %s%n", f.name(), f.rows(), f.sha256());
        }
        return LedgerlineCli.OK;
    }
}
