package io.ledgerline.bench;

import io.ledgerline.domain.Progress;
import io.ledgerline.importer.ImportOptions;
import io.ledgerline.importer.ImportReport;
import io.ledgerline.importer.ImportService;
import io.ledgerline.store.CaseFile;
import io.ledgerline.store.CaseLocation;
import io.ledgerline.store.PasswordPrompt;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Issue #11's server benchmark: the {@code demo --scale N} bundle imported into a fresh case on a PostgreSQL server,
 * against {@code psql}'s {@code \copy} of the same events file into a plain table plus the same two indexes on the
 * same server, in the same run; then the default playbook over that server case. Run through {@code mvn -Pbench}
 * (a JVM with -Xmx512m). The server is the third argument ({@code postgresql://USER@HOST:PORT/DATABASE}), else
 * {@code LEDGERLINE_TEST_PG}, else the throwaway cluster {@code .ci/postgres-start} starts. Needs {@code psql}.
 */
public final class ServerBenchmark {

    private static final String CASE_ID = "ledgerline-bench";
    private static final String REFERENCE_TABLE = "public.ledgerline_bench_reference";

    private ServerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        double scale = args.length > 0 ? Double.parseDouble(args[0]) : 50;
        Path work = Path.of(args.length > 1 ? args[1] : "target/bench");
        String server = args.length > 2 ? args[2] : server();
        if (server == null) {
            System.out.println("Server benchmark skipped: no PostgreSQL server (give one, or install postgresql)");
            return;
        }
        Path bundle = BenchCase.bundle(work, scale);
        Path eventsCsv = bundle.resolve("events.csv");
        long events = Files.lines(eventsCsv).count() - 1;
        CaseLocation.Server location = (CaseLocation.Server) CaseLocation.parse(server + "?case=" + CASE_ID);

        ImportBenchmark.flushDirtyPages();
        double psqlSeconds = psqlReference(server, eventsCsv, work.resolve("server-reference.sql"));
        ImportBenchmark.flushDirtyPages();
        HeapSampler heap = HeapSampler.start();
        double[] ledgerline = ImportBenchmark.ledgerlineImport(bundle, location);
        long peakHeap = heap.stop();

        System.out.printf("server                      %s%n", server);
        System.out.printf("events                      %,d%n", events);
        System.out.printf("psql \\copy + indexes        %.2f s%n", psqlSeconds);
        System.out.printf("ledgerline create case      %.2f s  (Flyway migrations of a new server case)%n", ledgerline[0]);
        System.out.printf("ledgerline import (bundle)  %.2f s  (%,.0f events/s)%n", ledgerline[1],
                events / ledgerline[1]);
        System.out.printf("ratio, import alone         %.2f x  (target <= 1.5)%n", ledgerline[1] / psqlSeconds);
        System.out.printf("peak heap used (sampled)    %,d MiB of %,d MiB max%n", peakHeap >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf("live heap after a full GC   %,d MiB%n", ImportBenchmark.liveHeapAfterGc() >> 20);
        try (CaseFile c = CaseFile.open(location, PasswordPrompt.NONE)) {
            PlaybookBenchmark.runs(c);
        }
    }

    /** The reference: psql's own CSV load into a plain table of text columns, then the two indexes a case has. */
    private static double psqlReference(String server, Path eventsCsv, Path scriptFile)
            throws IOException, InterruptedException {
        String header = Files.lines(eventsCsv).findFirst().orElseThrow();
        String columns = Arrays.stream(header.split(",")).map(c -> c + " text").collect(Collectors.joining(", "));
        psql(server, "set client_min_messages = warning; drop table if exists " + REFERENCE_TABLE + "; create table " + REFERENCE_TABLE + " (" + columns
                + ");\n", scriptFile);
        long start = System.nanoTime();
        psql(server, String.join("\n", List.of(
                "\\copy " + REFERENCE_TABLE + " from '" + eventsCsv.toAbsolutePath() + "' csv header",
                "create unique index on " + REFERENCE_TABLE + " (event_id);",
                "create index on " + REFERENCE_TABLE + " (account_id, occurred_at);",
                "")), scriptFile);
        double seconds = (System.nanoTime() - start) / 1e9;
        psql(server, "drop table " + REFERENCE_TABLE + ";\n", scriptFile);
        return seconds;
    }

    private static void psql(String server, String script, Path scriptFile) throws IOException, InterruptedException {
        Files.writeString(scriptFile, script, StandardCharsets.UTF_8);
        Process p = new ProcessBuilder("psql", "-q", "-v", "ON_ERROR_STOP=1", "-f", scriptFile.toString(), server)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.INHERIT).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("psql failed: exit " + p.exitValue());
        }
    }

    /** LEDGERLINE_TEST_PG, else the throwaway test cluster (started if need be); null without either. */
    private static String server() throws IOException, InterruptedException {
        String given = System.getenv("LEDGERLINE_TEST_PG");
        if (given != null && !given.isBlank()) {
            return given.strip();
        }
        Path script = Path.of(".ci", "postgres-start");
        if (!Files.isExecutable(script)) {
            return null;
        }
        Process p = new ProcessBuilder(script.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        return p.waitFor() == 0 && out.startsWith("postgresql://") ? out : null;
    }
}
