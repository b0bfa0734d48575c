package io.ledgerline.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Write a synthetic case export of the forged-judicial-request incident.")
final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OUTDIR", description = "Folder to write (or the .zip with --zip).")
    Path out;

    @Option(names = "--scale", defaultValue = "1", description = "Size: 1 is about 20,000 events (default 1).")
    double scale;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed; the same seed gives the same bundle.")
    long seed;

    @Option(names = "--zip", description = "Write a .zip instead of a folder.")
    boolean zip;

    @Override
    public Integer call() {
        throw new UnsupportedOperationException("demo generator arrives with the demo package");
    }
}
