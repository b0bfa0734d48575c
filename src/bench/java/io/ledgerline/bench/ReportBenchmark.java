package io.ledgerline.bench;

import io.ledgerline.analysis.PlaybookService;
import io.ledgerline.analysis.PlaybookSettings;
import io.ledgerline.audit.AuditTrail;
import io.ledgerline.audit.Profile;
import io.ledgerline.domain.Progress;
import io.ledgerline.report.AccountPictures;
import io.ledgerline.report.GeneratedReport;
import io.ledgerline.report.ReportKind;
import io.ledgerline.report.ReportService;
import io.ledgerline.report.xlsx.CellKind;
import io.ledgerline.report.xlsx.Column;
import io.ledgerline.report.xlsx.DocumentInfo;
import io.ledgerline.report.xlsx.Table;
import io.ledgerline.report.xlsx.WorkbookWriter;
import io.ledgerline.store.CaseFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Issue #6's report benchmark: the regulator workbook of the imported {@code demo --scale N} case (about a million
 * events at 50), for a recorded analysis run, in a JVM limited to -Xmx512m; against POI's streaming writer putting the
 * same number of cells, plainly (no styles, no formulas), into a workbook, in the same run. Prints both times (the
 * report split into reading the case and writing the workbook), their ratios and the peak heap. Run through
 * {@code mvn -Pbench}; reuses the bundle and case of the other benchmarks when present.
 */
public final class ReportBenchmark {

    private static final int RUNS = 3;

    private ReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        double scale = args.length > 0 ? Double.parseDouble(args[0]) : 50;
        Path work = Path.of(args.length > 1 ? args[1] : "target/bench");
        Path caseFile = BenchCase.ensure(work, scale);
        Path out = work.resolve("report-scale-" + scale + ".xlsx");
        try (CaseFile c = CaseFile.open(caseFile)) {
            AuditTrail trail = AuditTrail.open(c, Profile.open(work.resolve("bench-profile"), "bench"),
                    java.time.Clock.systemUTC());
            long run = new PlaybookService().analyzeAndRecord(trail, PlaybookSettings.defaults(), Progress.NONE).id();
            HeapSampler heap = HeapSampler.start();
            for (int i = 1; i <= RUNS; i++) {
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
                GeneratedReport r = new ReportService(java.time.Clock.systemUTC(), AccountPictures.NONE)
                        .write(trail, ReportKind.REGULATOR, out, run, marks);
                long end = System.nanoTime();
                long cells = cells(r.file());
                double plain = plainPoi(cells, work.resolve("plain.xlsx"));
                double total = (end - start) / 1e9;
                double reading = (writingStarted[0] - start) / 1e9;
                double writing = (end - writingStarted[0]) / 1e9;
                System.out.printf("run %d: %,d cells, %,d bytes; report %.2f s (reading the case %.2f s, writing %.2f"
                        + " s); plain POI %.2f s; ratio %.2f x, writing alone %.2f x (target <= 1.3)%n", i, cells,
                        r.sizeBytes(), total, reading, writing, plain, total / plain, writing / plain);
            }
            // The demo case's workbook is a few thousand cells: fixed costs decide its ratio. The writer's own cost
            // per cell is measured on a timeline-shaped sheet big enough to matter, streamed through the same Table.
            for (int i = 1; i <= RUNS; i++) {
                double ours = timelineShaped(STREAMED_ROWS, work.resolve("streamed.xlsx"));
                double plain = plainPoi((long) STREAMED_ROWS * 20, work.resolve("plain.xlsx"));
                System.out.printf("streamed timeline sheet, %,d rows x 20 cells: Ledgerline writer %.2f s, plain POI "
                        + "%.2f s, ratio %.2f x (target <= 1.3)%n", STREAMED_ROWS, ours, plain, ours / plain);
            }
            System.out.printf("peak heap used (sampled)    %,d MiB of %,d MiB max%n", heap.stop() >> 20,
                    Runtime.getRuntime().maxMemory() >> 20);
        }
    }

    /** Rows of the streamed comparison: about a million events' worth of timeline cells in a quarter of them. */
    private static final int STREAMED_ROWS = 250_000;

    /** Seconds to write {@code rows} timeline-like rows (20 cells) through the report's styled, checked writer. */
    private static double timelineShaped(int rows, Path target) {
        java.util.List<Column<Integer>> columns = new java.util.ArrayList<>();
        columns.add(Column.of("Time (UTC)", CellKind.EVENT_TIME,
                r -> java.time.Instant.ofEpochSecond(1_716_000_000L + r)));
        for (int c = 1; c < 20; c++) {
            int col = c;
            columns.add(c % 2 == 0 ? Column.of("Amount " + c, CellKind.CRYPTO,
                    r -> java.math.BigDecimal.valueOf(r * 1.5 + col)) : Column.text("Text " + c, 24,
                    r -> "value " + r + "-" + col));
        }
        long start = System.nanoTime();
        try (WorkbookWriter wb = new WorkbookWriter(new DocumentInfo("bench", "bench", "bench", "bench",
                java.time.Instant.EPOCH, "bench", "bench"))) {
            Table<Integer> t = wb.sheet("Timeline", "Timeline", "bench").table(columns);
            for (int r = 0; r < rows; r++) {
                t.add(r);
            }
            t.finish();
            wb.write(target);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** The cells of every sheet of a written workbook (its {@code <c } elements). */
    private static long cells(Path xlsx) throws IOException {
        long cells = 0;
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (e.getName().startsWith("xl/worksheets/sheet")) {
                    try (InputStream in = zip.getInputStream(e)) {
                        String xml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                        for (int i = xml.indexOf("<c "); i >= 0; i = xml.indexOf("<c ", i + 3)) {
                            cells++;
                        }
                    }
                }
            }
        }
        return cells;
    }

    /** Seconds for POI's streaming writer to write {@code cells} cells (20 a row, text and numbers) to a file. */
    private static double plainPoi(long cells, Path target) throws IOException {
        long start = System.nanoTime();
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            SXSSFSheet sheet = wb.createSheet("plain");
            long written = 0;
            for (int r = 0; written < cells; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < 20 && written < cells; c++, written++) {
                    if (c % 2 == 0) {
                        row.createCell(c).setCellValue("value " + r + "-" + c);
                    } else {
                        row.createCell(c).setCellValue(r * 1.5 + c);
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                wb.write(out);
            }
            wb.dispose();
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
