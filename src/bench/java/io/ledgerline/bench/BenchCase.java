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
        Path bundle = work.resolve("bundle-scale-" + scale);
        Path caseFile = work.resolve("playbook-scale-" + scale + CaseFile.EXTENSION);
        if (!Files.exists(caseFile)) {
            if (!Files.exists(bundle.resolve("manifest.json"))) {
                System.out.printf("Generating demo --scale %s into %s%n", scale, bundle);
                new DemoGenerator().write(bundle, new DemoOptions(scale, 1, false), Progress.NONE);
            }
            try (CaseFile c = CaseFile.create(caseFile)) {
                new ImportService().importBundle(bundle, c, ImportOptions.STRICT, Progress.NONE);
            }
        }
        return caseFile;
    }
}
