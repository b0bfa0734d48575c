package io.ledgerline.report.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableNumbersTest {

    @TempDir
    Path dir;

    @Test
    void aValueASpreadsheetCannotHoldExactlyIsStillANumberTheSumCountsWithTheExactValueInItsComment()
            throws Exception {
        BigDecimal exact = new BigDecimal("6265.09377077464933134228");
        BigDecimal plain = new BigDecimal("100.25");
        Path out = dir.resolve("t.xlsx");
        try (WorkbookWriter w = new WorkbookWriter(new DocumentInfo("t", "s", "a", "c",
                Instant.parse("2024-06-01T00:00:00Z"), "CASE", "footer"))) {
            Table<BigDecimal> t = w.sheet("Numbers", "Numbers", "sub")
                    .table(List.of(Column.of("USD exact", CellKind.USD_EXACT, v -> v)));
            t.add(exact);
            t.add(plain);
            t.total(List.of(new Cells.Formula("SUM(" + t.dataRange(0) + ")",
                    exact.add(plain).doubleValue())));
            t.finish();
            w.write(out);
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            XSSFSheet sheet = wb.getSheet("Numbers");
            int row = 0;
            while (sheet.getRow(row) == null || sheet.getRow(row).getCell(0) == null
                    || !"USD exact".equals(sheet.getRow(row).getCell(0).toString())) {
                row++;
            }
            var exactCell = sheet.getRow(row + 1).getCell(0);
            var plainCell = sheet.getRow(row + 2).getCell(0);
            var totalCell = sheet.getRow(row + 3).getCell(0);
            assertEquals(CellType.NUMERIC, exactCell.getCellType());
            assertEquals("exact: 6265.09377077464933134228", exactCell.getCellComment().getString().getString());
            assertNull(plainCell.getCellComment(), "a value a double holds needs no comment");
            var evaluated = wb.getCreationHelper().createFormulaEvaluator().evaluate(totalCell);
            assertEquals(exact.add(plain).doubleValue(), evaluated.getNumberValue(), 1e-9,
                    "the live sum counts the long value too");
        }
    }
}
