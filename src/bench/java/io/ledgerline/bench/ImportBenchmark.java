package io.ledgerline.bench;

import io.ledgerline.domain.Progress;
import io.ledgerline.importer.ImportOptions;
import io.ledgerline.importer.ImportReport;
import io.ledgerline.importer.ImportService;
import io.ledgerline.store.CaseFile;
import io.ledgerline.store.CaseLocation;
import io.ledgerline.store.PasswordPrompt;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Issue #3's import benchmark: the {@code demo --scale N} bundle imported by Ledgerline, against the sqlite3 shell's
 * {@code .import --csv} of the same events file into a plain table plus the same two indexes (the reference of
 * ../shared/stack-notes.md), on the same machine in the same run. Run through {@code mvn -Pbench}, which forks this
 * JVM with -Xmx512m. Prints the times, their ratio and the peak heap.
 */
public final class ImportBenchmark {

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        double scale = args.length > 0 ? Double.parseDouble(args[0]) : 50;
        Path work = Path.of(args.length > 1 ? args[1] : "target/bench");
        Path bundle = BenchCase.bundle(work, scale);
        long events = Files.lines(bundle.resolve("events.csv")).count() - 1;

        flushDirtyPages();
        double sqliteSeconds = sqliteReference(bundle.resolve("events.csv"), work.resolve("reference.db"));
        // The reference's writes are still being flushed; left running, they would slow the next measurement.
        flushDirtyPages();
        HeapSampler heap = HeapSampler.start();
        long cpuBefore = processCpuNanos();
        double[] ledgerline = ledgerlineImport(bundle, new CaseLocation.File(work.resolve("bench.ledgerline")));
        double cpuSeconds = (processCpuNanos() - cpuBefore) / 1e9;
        double ledgerlineSeconds = ledgerline[0] + ledgerline[1];
        long peakHeap = heap.stop();

        System.out.printf("events                      %,d%n", events);
        System.out.printf("sqlite3 .import + indexes   %.2f s%n", sqliteSeconds);
        System.out.printf("ledgerline create case      %.2f s  (Flyway migrations of a new case file)%n", ledgerline[0]);
        System.out.printf("ledgerline import (bundle)  %.2f s  (%,.0f events/s)%n", ledgerline[1],
                events / ledgerline[1]);
        System.out.printf("ratio, import alone         %.2f x  (target <= 1.5)%n", ledgerline[1] / sqliteSeconds);
        System.out.printf("ledgerline CPU, all threads %.2f s  (create + import; GC included)%n", cpuSeconds);
        System.out.printf("ratio, create + import      %.2f x%n", ledgerlineSeconds / sqliteSeconds);
        System.out.printf("peak heap used (sampled)    %,d MiB of %,d MiB max%n", peakHeap >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf("live heap after a full GC   %,d MiB%n", liveHeapAfterGc() >> 20);
    }

    /**
     * Seconds to create the case (a file or a server case, removed first if it is there), then seconds to import the
     * bundle into it (commit and close included).
     */
    static double[] ledgerlineImport(Path bundle, CaseLocation location) throws IOException {
        if (location instanceof CaseLocation.File file) {
            deleteCase(file.path());
        } else if (CaseFile.exists(location, PasswordPrompt.NONE)) {
            CaseFile.deleteUnused(location, PasswordPrompt.NONE);
        }
        long start = System.nanoTime();
        CaseFile c = CaseFile.create(location, PasswordPrompt.NONE);
        long created = System.nanoTime();
        try (c) {
            ImportReport report = new ImportService().importBundle(bundle, c, ImportOptions.STRICT, Progress.NONE);
            if (report.rowsImported() == 0) {
                throw new IllegalStateException("nothing imported");
            }
        }
        return new double[] {(created - start) / 1e9, (System.nanoTime() - created) / 1e9};
    }

    /** The reference: sqlite3's own CSV import into a plain table, then the two indexes a case has, in WAL mode. */
    private static double sqliteReference(Path eventsCsv, Path db) throws IOException, InterruptedException {
        Files.deleteIfExists(db);
        String script = String.join("\n", List.of(
                "PRAGMA journal_mode=WAL;",
                ".import --csv " + eventsCsv.toAbsolutePath() + " events",
                "CREATE UNIQUE INDEX events_event_id ON events (event_id);",
                "CREATE INDEX events_account_time ON events (account_id, occurred_at);",
                ""));
        Path scriptFile = db.resolveSibling("reference.sql");
        Files.writeString(scriptFile, script, StandardCharsets.UTF_8);
        long start = System.nanoTime();
        Process p = new ProcessBuilder("sqlite3", db.toString()).redirectInput(scriptFile.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("sqlite3 failed: exit " + p.exitValue());
        }
        return (System.nanoTime() - start) / 1e9;
    }

    static void flushDirtyPages() throws IOException, InterruptedException {
        new ProcessBuilder("sync").inheritIO().start().waitFor();
    }

    /** CPU time of this process: on a shared machine it says more about the work done than the wall clock. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    static long liveHeapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void deleteCase(Path caseFile) throws IOException {
        for (String suffix : List.of("", "-wal", "-shm", ".lock")) {
            Files.deleteIfExists(caseFile.resolveSibling(caseFile.getFileName() + suffix));
        }
        Files.createDirectories(caseFile.getParent());
    }
}
