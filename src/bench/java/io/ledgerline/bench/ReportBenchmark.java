package io.ledgerline.bench;

import io.ledgerline.analysis.PlaybookService;
import io.ledgerline.analysis.PlaybookSettings;
import io.ledgerline.audit.AuditTrail;
import io.ledgerline.audit.Profile;
import io.ledgerline.domain.Progress;
import io.ledgerline.report.GeneratedReport;
import io.ledgerline.report.PreparedRegulatorWorkbook;
import io.ledgerline.report.ReportKind;
import io.ledgerline.report.ReportService;
import io.ledgerline.report.TimelinePictures;
import io.ledgerline.report.xlsx.CellKind;
import io.ledgerline.report.xlsx.Column;
import io.ledgerline.report.xlsx.DocumentInfo;
import io.ledgerline.report.xlsx.Table;
import io.ledgerline.report.xlsx.WorkbookWriter;
import io.ledgerline.store.CaseFile;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Issue #6's report benchmark, in a JVM limited to -Xmx512m, on the imported {@code demo --scale N} case (about a
 * million events at 50):
 * <ol>
 * <li>the regulator workbook end to end as {@code report} writes it (reading the case, drawing the timeline pictures,
 * writing, recording it in the case);</li>
 * <li>writing that workbook alone (the case read and the pictures drawn beforehand) against plain POI writing the same
 * cells with the same values and the same pictures on the same sheets, without any formatting ({@link PlainWorkbook}),
 * alternately in the same JVM after a warm-up; medians (target: at most 1.3 times);</li>
 * <li>the volume case: a timeline-shaped sheet of 250,000 rows of 20 cells through the report's writer against plain
 * POI writing the same values.</li>
 * </ol>
 * Run through {@code mvn -Pbench}; reuses the bundle and case of the other benchmarks when present. Arguments: the
 * demo scale (50), the work folder (target/bench), and which parts to run ({@code end-to-end,writing,volume}).
 */
public final class ReportBenchmark {

    private static final int END_TO_END_RUNS = 3;
    private static final int WARM_UP_ROUNDS = 15;
    private static final int MEASURED_ROUNDS = 25;
    private static final int STREAMED_ROUNDS = 5;
    /** Rows of the volume case: about a million events' worth of timeline cells in a quarter of them. */
    private static final int STREAMED_ROWS = 250_000;
    private static final double TARGET = 1.3;

    private ReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        double scale = args.length > 0 ? Double.parseDouble(args[0]) : 50;
        Path work = Path.of(args.length > 1 ? args[1] : "target/bench");
        Path caseFile = BenchCase.ensure(work, scale);
        try (CaseFile c = CaseFile.open(caseFile)) {
            AuditTrail trail = AuditTrail.open(c, Profile.open(work.resolve("bench-profile"), "bench"),
                    Clock.systemUTC());
            long run = new PlaybookService().analyzeAndRecord(trail, PlaybookSettings.defaults(), Progress.NONE).id();
            String parts = args.length > 2 ? args[2] : "end-to-end,writing,volume";
            HeapSampler heap = HeapSampler.start();
            if (parts.contains("end-to-end")) {
                endToEnd(trail, run, work.resolve("report-scale-" + scale + ".xlsx"));
            }
            if (parts.contains("writing")) {
                writingAlone(trail, run, work);
            }
            if (parts.contains("volume")) {
                volume(work);
            }
            System.out.printf("peak heap used (sampled): %,d MiB of %,d MiB max%n", heap.stop() >> 20,
                    Runtime.getRuntime().maxMemory() >> 20);
        }
    }

    /** The report as the CLI writes it, the phases split at the service's "Writing" progress message. */
    private static void endToEnd(AuditTrail trail, long run, Path out) {
        System.out.println("1. Regulator workbook end to end (ReportService: read the case, draw the timeline "
                + "pictures, write, record in the case):");
        for (int i = 1; i <= END_TO_END_RUNS; i++) {
            long[] writingStarted = new long[1];
            Progress marks = new Progress() {
                @Override
                public void update(long done, long total, String message) {
                    if (message.startsWith("Writing")) {
                        writingStarted[0] = System.nanoTime();
                    }
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            };
            long start = System.nanoTime();
            GeneratedReport r = new ReportService(Clock.systemUTC(), new TimelinePictures())
                    .write(trail, ReportKind.REGULATOR, out, run, marks);
            long end = System.nanoTime();
            System.out.printf("   run %d: %.2f s = reading the case %.2f s + pictures, writing and recording %.2f s;"
                    + " %,d bytes%n", i, (end - start) / 1e9, (writingStarted[0] - start) / 1e9,
                    (end - writingStarted[0]) / 1e9, r.sizeBytes());
        }
    }

    /** The comparison the target is about: writing the workbook, against plain POI writing its cells. */
    private static void writingAlone(AuditTrail trail, long run, Path work) throws IOException {
        PreparedRegulatorWorkbook ours = PreparedRegulatorWorkbook.prepare(trail, run);
        Path oursFile = work.resolve("regulator-writing.xlsx");
        Path plainFile = work.resolve("regulator-plain.xlsx");
        ours.write(oursFile);
        PlainWorkbook plain = PlainWorkbook.of(oursFile);
        System.out.printf("2. Writing the regulator workbook alone (read beforehand in %.2f s; %d timeline pictures "
                + "drawn beforehand in %.2f s):%n", ours.readSeconds(), ours.pictureCount(), ours.pictureSeconds());
        System.out.printf("   Ledgerline: %d sheets, %,d cells, %d pictures, with title rows, styles, number and date "
                + "formats, live totals, fitted widths, frozen header, autofilter, print setup, header and footer, "
                + "document properties%n", plain.sheetCount(), plain.cellCount(), plain.pictureCount());
        System.out.printf("   plain POI:  the same %d sheets, %,d cells with the same values (formulas and dates as "
                + "plain numbers) and %d pictures, nothing else; with POI's streaming writer as its defaults have it "
                + "(a temporary file per sheet), and with its in-memory writer%n", plain.sheetCount(),
                plain.cellCount(), plain.pictureCount());
        Sides sides = new Sides(MEASURED_ROUNDS, "Ledgerline", "plain POI, streaming (SXSSFWorkbook)",
                "plain POI, in memory (XSSFWorkbook)");
        for (int i = -WARM_UP_ROUNDS; i < MEASURED_ROUNDS; i++) {
            sides.round(i, () -> ours.write(oursFile), () -> plain.writeStreaming(plainFile),
                    () -> plain.writeInMemory(plainFile));
        }
        System.out.printf("   %d rounds after %d warm-up rounds, each side first in turn; medians (min-max):%n",
                MEASURED_ROUNDS, WARM_UP_ROUNDS);
        sides.print(1e3, "ms");
    }

    /** The volume case: a streamed timeline-shaped sheet, ours and plain, alternately. */
    private static void volume(Path work) throws IOException {
        System.out.printf("3. Volume: one timeline-shaped sheet of %,d rows x 20 cells (a time, 9 amounts, 10 texts):"
                + " the report's writer (styled, checked, fitted) against plain POI writing the same values%n",
                STREAMED_ROWS);
        Sides sides = new Sides(STREAMED_ROUNDS, "Ledgerline", "plain POI, streaming (SXSSFWorkbook)");
        for (int i = -1; i < STREAMED_ROUNDS; i++) {
            sides.round(i, () -> timelineShaped(work.resolve("streamed.xlsx")),
                    () -> plainTimelineShaped(work.resolve("streamed-plain.xlsx")));
        }
        System.out.printf("   %d rounds after one warm-up round, each side first in turn; medians (min-max):%n",
                STREAMED_ROUNDS);
        sides.print(1, "s");
    }

    private static void timelineShaped(Path target) {
        List<Column<Integer>> columns = new ArrayList<>();
        columns.add(Column.of("Time (UTC)", CellKind.EVENT_TIME, r -> Instant.ofEpochSecond(FIRST_SECOND + r)));
        for (int c = 1; c < 20; c++) {
            int col = c;
            columns.add(c % 2 == 0 ? Column.of("Amount " + c, CellKind.CRYPTO, r -> BigDecimal.valueOf(r * 1.5 + col))
                    : Column.text("Text " + c, 24, r -> "value " + r + "-" + col));
        }
        try (WorkbookWriter wb = new WorkbookWriter(new DocumentInfo("bench", "bench", "bench", "bench",
                Instant.EPOCH, "bench", "bench"))) {
            Table<Integer> t = wb.sheet("Timeline", "Timeline", "bench").table(columns);
            for (int r = 0; r < STREAMED_ROWS; r++) {
                t.add(r);
            }
            t.finish();
            wb.write(target);
        }
    }

    private static final long FIRST_SECOND = 1_716_000_000L;

    private static void plainTimelineShaped(Path target) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            SXSSFSheet sheet = wb.createSheet("Timeline");
            for (int r = 0; r < STREAMED_ROWS; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(25_569 + (FIRST_SECOND + r) / 86_400.0);
                for (int c = 1; c < 20; c++) {
                    if (c % 2 == 0) {
                        row.createCell(c).setCellValue(r * 1.5 + c);
                    } else {
                        row.createCell(c).setCellValue("value " + r + "-" + c);
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                wb.write(out);
            }
            wb.dispose();
        }
    }

    private interface Work {
        void run() throws IOException;
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Seconds of wall-clock time and of this thread's CPU time (user + system) that {@code work} took. */
    private record Time(double wall, double cpu) {
    }

    private static Time time(Work work) throws IOException {
        long cpu = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        work.run();
        return new Time((System.nanoTime() - start) / 1e9, (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9);
    }

    /** Medians of wall and CPU time over rounds in which each side took its turn first. */
    private static final class Sides {
        private final String[] names;
        private final double[][] wall;
        private final double[][] cpu;

        Sides(int rounds, String... names) {
            this.names = names;
            this.wall = new double[names.length][rounds];
            this.cpu = new double[names.length][rounds];
        }

        /** Runs every side once, starting with side {@code round} (mod sides); records them when round >= 0. */
        void round(int round, Work... sides) throws IOException {
            for (int k = 0; k < sides.length; k++) {
                int side = Math.floorMod(round + k, sides.length);
                Time t = time(sides[side]);
                if (round >= 0) {
                    wall[side][round] = t.wall();
                    cpu[side][round] = t.cpu();
                }
            }
        }

        /** One line per side: wall median (min-max), CPU median; and each side after the first against it. */
        void print(double unit, String unitName) {
            double oursWall = median(wall[0]);
            double oursCpu = median(cpu[0]);
            for (int side = 0; side < names.length; side++) {
                double w = median(wall[side]);
                double c = median(cpu[side]);
                System.out.printf("   %-38s wall %.1f %s (%.1f-%.1f), CPU %.1f %s%s%n", names[side], w * unit,
                        unitName, min(wall[side]) * unit, max(wall[side]) * unit, c * unit, unitName, side == 0 ? ""
                                : String.format(": Ledgerline / plain = %.2f x wall, %.2f x CPU (target <= %.1f)",
                                        oursWall / w, oursCpu / c, TARGET));
            }
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(Double.NaN);
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(Double.NaN);
    }
}
