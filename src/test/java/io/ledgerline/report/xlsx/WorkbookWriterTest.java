package io.ledgerline.report.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookWriterTest {

    private static final DocumentInfo INFO = new DocumentInfo("t", "s", "a", "c",
            Instant.parse("2024-06-01T00:00:00Z"), "CASE", "footer");

    @TempDir
    Path dir;

    /** A sheet past the in-memory limit (streamed through a temporary file) beside one within it. */
    private void write(Path target) {
        try (WorkbookWriter w = new WorkbookWriter(INFO, 4096)) {
            Table<Integer> big = w.sheet("Big", "Big", "sub")
                    .table(List.of(Column.of("n", CellKind.INTEGER, r -> r), Column.text("text", 20, r -> "row " + r)));
            for (int r = 0; r < 2000; r++) {
                big.add(r);
            }
            big.finish();
            Table<Integer> small = w.sheet("Small", "Small", "sub")
                    .table(List.of(Column.text("text", 20, r -> "small " + r)));
            small.add(1);
            small.finish();
            w.write(target);
        }
    }

    @Test
    void sheetsInMemoryAndSpilledToDiskAreWrittenWhole() throws Exception {
        Path out = dir.resolve("w.xlsx");
        write(out);
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet big = wb.getSheet("Big");
            int header = 3; // title, subtitle, blank row, then the header
            assertEquals(header + 2000, big.getLastRowNum());
            assertEquals(1999, big.getRow(header + 2000).getCell(0).getNumericCellValue());
            assertEquals("row 1999", big.getRow(header + 2000).getCell(1).getStringCellValue());
            assertEquals("small 1", wb.getSheet("Small").getRow(header + 1).getCell(0).getStringCellValue());
        }
    }

    @Test
    void theSameWorkbookGivesTheSameBytesWithTheContentTypesFirst() throws Exception {
        Path a = dir.resolve("a.xlsx");
        Path b = dir.resolve("b.xlsx");
        write(a);
        write(b);
        assertEquals(-1, Files.mismatch(a, b));
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(a))) {
            assertEquals("[Content_Types].xml", zip.getNextEntry().getName(), "as POI writes them, not hash order");
        }
    }
}
