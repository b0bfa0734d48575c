package io.ledgerline.demo;

import io.ledgerline.domain.Progress;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;

/**
 * Manual load check, not a unit test: {@code java -Xmx256m -cp <test classpath> io.ledgerline.demo.DemoScaleRun
 * 50 7 /tmp/demo50}. Prints events written, seconds taken, the heap limit and the peak heap used.
 */
public final class DemoScaleRun {

    private DemoScaleRun() {
    }

    public static void main(String[] args) {
        double scale = Double.parseDouble(args[0]);
        long seed = Long.parseLong(args[1]);
        Path out = Path.of(args[2]);
        long started = System.nanoTime();
        DemoSummary summary = new DemoGenerator().write(out, new DemoOptions(scale, seed, args.length > 3),
                Progress.NONE);
        double seconds = (System.nanoTime() - started) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("scale %s: %d events, %d accounts in %.1f s; max heap %d MiB, peak heap used %d MiB%n",
                scale, summary.events(), summary.rows("accounts.csv"), seconds,
                Runtime.getRuntime().maxMemory() >> 20, peak >> 20);
    }
}
