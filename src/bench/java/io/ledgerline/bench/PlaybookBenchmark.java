package io.ledgerline.bench;

import io.ledgerline.analysis.AnalysisResult;
import io.ledgerline.analysis.PlaybookService;
import io.ledgerline.analysis.PlaybookSettings;
import io.ledgerline.domain.Progress;
import io.ledgerline.store.CaseFile;
import java.nio.file.Path;

/**
 * Issue #4's playbook benchmark: the default playbook over the imported {@code demo --scale N} case, timed from an
 * open case to the result (target at most 2 s at scale 50, about a million events). Reuses the bundle and case of
 * an earlier run when present. Run through {@code mvn -Pbench}. Prints each of a few runs; the first includes JIT
 * warm-up and a cold page cache.
 */
public final class PlaybookBenchmark {

    private static final int RUNS = 3;

    private PlaybookBenchmark() {
    }

    public static void main(String[] args) {
        double scale = args.length > 0 ? Double.parseDouble(args[0]) : 50;
        Path work = Path.of(args.length > 1 ? args[1] : "target/bench");
        Path caseFile = BenchCase.ensure(work, scale);
        try (CaseFile c = CaseFile.open(caseFile)) {
            runs(c);
        }
    }

    /** Times {@value #RUNS} default playbook runs over an open case, printing each. */
    static void runs(CaseFile c) {
        for (int run = 1; run <= RUNS; run++) {
            long start = System.nanoTime();
            AnalysisResult result = new PlaybookService().analyze(c, PlaybookSettings.defaults(), Progress.NONE);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("playbook run %d  %.2f s  (%d compromised, %d clusters, total USD %s; target <= 2 s)%n",
                    run, seconds, result.compromised().size(), result.clusters().size(), result.totalLossUsd());
        }
    }
}
