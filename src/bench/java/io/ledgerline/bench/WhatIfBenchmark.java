package io.ledgerline.bench;

import io.ledgerline.analysis.PlaybookService;
import io.ledgerline.analysis.PlaybookSettings;
import io.ledgerline.domain.Progress;
import io.ledgerline.store.CaseFile;
import io.ledgerline.whatif.ControlCatalog;
import io.ledgerline.whatif.WhatIfResult;
import io.ledgerline.whatif.WhatIfService;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Issue #10's benchmark: the default what-if set (six controls alone and combined) over the imported
 * {@code demo --scale N} case, timed from an open case to the result (target at most 5 s at scale 50, about a million
 * events), against one playbook run on the same case in the same JVM as the baseline. Reuses the playbook benchmark's
 * case when present. Prints each run and the medians.
 */
public final class WhatIfBenchmark {

    private static final int RUNS = 5;

    private WhatIfBenchmark() {
    }

    public static void main(String[] args) {
        double scale = args.length > 0 ? Double.parseDouble(args[0]) : 50;
        Path work = Path.of(args.length > 1 ? args[1] : "target/bench");
        Path caseFile = BenchCase.ensure(work, scale);
        double[] whatIf = new double[RUNS];
        double[] playbook = new double[RUNS];
        try (CaseFile c = CaseFile.open(caseFile)) {
            for (int run = 0; run < RUNS; run++) {
                long start = System.nanoTime();
                new PlaybookService().analyze(c, PlaybookSettings.defaults(), Progress.NONE);
                playbook[run] = (System.nanoTime() - start) / 1e9;
                start = System.nanoTime();
                WhatIfResult result = new WhatIfService().run(c, PlaybookSettings.defaults(),
                        ControlCatalog.defaults(), Progress.NONE);
                whatIf[run] = (System.nanoTime() - start) / 1e9;
                System.out.printf("run %d  what-if %.2f s  playbook %.2f s  (%d controls, %d compromised, "
                        + "%d honest accounts)%n", run + 1, whatIf[run], playbook[run], result.controls().size(),
                        result.compromisedAccounts(), result.honestAccounts());
            }
        }
        double w = median(whatIf);
        double p = median(playbook);
        System.out.printf("what-if median %.2f s (target <= 5 s); playbook median %.2f s; ratio %.2fx%n", w, p, w / p);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
