package io.ledgerline.bench;

import io.ledgerline.demo.DemoGenerator;
import io.ledgerline.demo.DemoOptions;
import io.ledgerline.domain.Progress;
import io.ledgerline.importer.ImportOptions;
import io.ledgerline.importer.ImportService;
import io.ledgerline.store.CaseFile;
import java.nio.file.Files;
import java.nio.file.Path;

/** The imported {@code demo --scale N} case the benchmarks share, made on first use (bundle included). */
final class BenchCase {

    private BenchCase() {
    }

    static Path ensure(Path work, double scale) {
        Path caseFile = work.resolve("playbook-scale-" + scale + CaseFile.EXTENSION);
        if (!Files.exists(caseFile)) {
            Path bundle = bundle(work, scale);
            try (CaseFile c = CaseFile.create(caseFile)) {
                new ImportService().importBundle(bundle, c, ImportOptions.STRICT, Progress.NONE);
            }
        }
        return caseFile;
    }

    /** The {@code demo --scale N --seed 1} bundle the benchmarks share, generated on first use. */
    static Path bundle(Path work, double scale) {
        Path bundle = work.resolve("bundle-scale-" + scale);
        if (!Files.exists(bundle.resolve("manifest.json"))) {
            deleteTree(bundle);
            System.out.printf("Generating demo --scale %s into %s%n", scale, bundle);
            new DemoGenerator().write(bundle, new DemoOptions(scale, 1, false), Progress.NONE);
        }
        return bundle;
    }

    /** Removes a bundle left half-written by an interrupted run (manifest.json is written last). */
    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
