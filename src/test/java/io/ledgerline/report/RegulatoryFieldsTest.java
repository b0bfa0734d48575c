package io.ledgerline.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerline.analysis.PlaybookService;
import io.ledgerline.analysis.PlaybookSettings;
import io.ledgerline.audit.AuditTrail;
import io.ledgerline.domain.Progress;
import io.ledgerline.store.CaseFile;
import io.ledgerline.testing.Investigators;
import io.ledgerline.testing.ReportCase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Walks ../shared/regulatory-fields.md (a copy under test resources): every DORA field of sections 1a–1d, every GDPR
 * row of section 2 and the MiCA Art. 75(8) data points appear in the regulator workbook, filled or visibly marked.
 */
class RegulatoryFieldsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-20T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private XSSFWorkbook workbook(boolean entered) throws IOException {
        Path casePath = ReportCase.create(dir);
        try (CaseFile c = CaseFile.open(casePath)) {
            if (entered) {
                FilingService filing = new FilingService();
                AuditTrail alice = Investigators.trail(c, dir, "alice", CLOCK.instant());
                for (FilingField f : FilingField.values()) {
                    String text = switch (f.kind()) {
                        case DATETIME -> "2024-06-01T09:00:00Z";
                        case DECIMAL -> "1000";
                        case TEXT -> "entered " + f.key();
                    };
                    filing.enter(alice, f, text, "test");
                }
            }
            long run = new PlaybookService(CLOCK).analyzeAndRecord(Investigators.trail(c, dir, "alice"),
                    PlaybookSettings.defaults(), Progress.NONE).id();
            GeneratedReport r = new ReportService(CLOCK, AccountPictures.NONE).write(Investigators.trail(c, dir,
                    "alice"), ReportKind.REGULATOR, dir.resolve("reg.xlsx"), run, Progress.NONE);
            return Workbooks.open(r.file());
        }
    }

    @Test
    void everyDoraFieldIsFilledOrMarkedToBeCompleted() throws IOException {
        List<String> numbers = markdownRows("## 1.", "### 1e").stream().map(r -> r.get(0))
                .filter(n -> n.matches("\\d\\.\\d+(–\\d\\.\\d+)?")).toList();
        assertEquals(65, numbers.size(), "fields of 2025/302 Annex I in the list");
        try (XSSFWorkbook wb = workbook(false)) {
            Map<String, Row> rows = rowsByFirstCell(wb.getSheet("DORA report"));
            for (String number : numbers) {
                Row row = rows.get(number);
                assertTrue(row != null, "DORA " + number + " is in the workbook");
                assertFilled(row.getCell(2), "DORA " + number);
            }
            Cell description = rows.get("2.4").getCell(2);
            assertEquals(FilingField.TO_BE_COMPLETED, description.getStringCellValue());
            assertTrue(description.getCellStyle().getFillForegroundColor() != 0, "marked, not silently blank");
        }
    }

    @Test
    void everyGdprRowIsFilledOrMarkedToBeCompleted() throws IOException {
        List<String> fields = markdownRows("## 2.", "Pending, not law").stream().map(r -> r.get(0))
                .filter(f -> !f.equals("Field")).toList();
        assertEquals(9, fields.size());
        try (XSSFWorkbook wb = workbook(false)) {
            Sheet sheet = wb.getSheet("Data breach");
            int header = Workbooks.headerRow(sheet, "Basis").getRowNum();
            for (String field : fields) {
                Row found = null;
                for (int i = header + 1; i <= sheet.getLastRowNum(); i++) {
                    if (sheet.getRow(i).getCell(1).getStringCellValue().equals(field)) {
                        found = sheet.getRow(i);
                    }
                }
                assertTrue(found != null, "GDPR " + field + " is in the workbook");
                assertFilled(found.getCell(2), field);
            }
        }
    }

    @Test
    void everyMicaDataPointIsAColumnOfTheCustodyLosses() throws IOException {
        String mica = String.join(" ", section("### 3a.", "### 3b.")).replaceAll("\\s+", " ");
        assertTrue(mica.contains("client, crypto-asset, quantity lost, moment of loss, market value per unit at that "
                + "moment and its source, resulting cap, attributable yes/no with reason"), "the list is unchanged");
        try (XSSFWorkbook wb = workbook(false)) {
            List<String> headers = Workbooks.headers(wb.getSheet("Custody losses"), "Client (masked)");
            for (String header : List.of("Client (masked)", "Crypto-asset", "Quantity lost (amount + fee)",
                    "Moment of loss (UTC)", "Market value per unit, USD", "Price source", "Cap, USD", "Attributable",
                    "Fee treatment")) {
                assertTrue(headers.contains(header), header);
            }
        }
    }

    @Test
    void enteredFieldsReplaceTheMarkerWithTheirValueAndSource() throws IOException {
        try (XSSFWorkbook wb = workbook(true)) {
            Map<String, Row> rows = rowsByFirstCell(wb.getSheet("DORA report"));
            assertEquals("entered description", rows.get("2.4").getCell(2).getStringCellValue());
            assertTrue(rows.get("2.4").getCell(3).getStringCellValue().startsWith("entered by alice at "
                    + "2024-06-20T10:00:00Z (test)"));
            assertTrue(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(rows.get("2.2").getCell(2)));
            for (Cell c : Workbooks.cells(wb)) {
                if (c.getCellType() == CellType.STRING) {
                    assertFalse(c.getStringCellValue().equals(FilingField.TO_BE_COMPLETED),
                            "nothing left to complete: " + c.getAddress() + " on " + c.getSheet().getSheetName());
                }
            }
        }
    }

    private static void assertFilled(Cell cell, String what) {
        assertTrue(cell != null, what + " has a value cell");
        boolean filled = cell.getCellType() == CellType.NUMERIC
                || cell.getCellType() == CellType.STRING && !cell.getStringCellValue().isBlank();
        assertTrue(filled, what + " is not blank");
    }

    private static Map<String, Row> rowsByFirstCell(Sheet sheet) {
        Map<String, Row> rows = new java.util.HashMap<>();
        sheet.forEach(r -> {
            if (r.getCell(0) != null && r.getCell(0).getCellType() == CellType.STRING) {
                rows.put(r.getCell(0).getStringCellValue(), r);
            }
        });
        return rows;
    }

    /** The cells of every table row between the lines starting with {@code from} and {@code to}. */
    private static List<List<String>> markdownRows(String from, String to) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (String line : section(from, to)) {
            if (line.startsWith("|") && !line.startsWith("|---")) {
                List<String> cells = new ArrayList<>();
                for (String cell : line.substring(1, line.length() - 1).split("\\|")) {
                    cells.add(cell.strip());
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    private static List<String> section(String from, String to) throws IOException {
        try (InputStream in = RegulatoryFieldsTest.class.getResourceAsStream("regulatory-fields.md")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            int start = -1;
            int end = lines.size();
            for (int i = 0; i < lines.size(); i++) {
                if (start < 0 && lines.get(i).startsWith(from)) {
                    start = i;
                } else if (start >= 0 && lines.get(i).startsWith(to)) {
                    end = i;
                    break;
                }
            }
            return lines.subList(start, end);
        }
    }
}
