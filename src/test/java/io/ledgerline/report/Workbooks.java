package io.ledgerline.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads written workbooks back with POI (the full, non-streaming reader). Test helper. */
public final class Workbooks {

    /** The header row of every report table: below the title, subtitle, note rows and a blank row. */
    private Workbooks() {
    }

    public static XSSFWorkbook open(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> sheetNames(XSSFWorkbook wb) {
        List<String> names = new ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    /** The first row whose first cell holds {@code firstHeader}: the table's header row. */
    public static Row headerRow(Sheet sheet, String firstHeader) {
        for (Row row : sheet) {
            Cell c = row.getCell(0);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(firstHeader)
                    && row.getRowNum() > 1) {
                return row;
            }
        }
        throw new AssertionError("no header row starting with " + firstHeader + " on " + sheet.getSheetName());
    }

    public static List<String> headers(Sheet sheet, String firstHeader) {
        List<String> headers = new ArrayList<>();
        headerRow(sheet, firstHeader).forEach(c -> headers.add(c.getStringCellValue()));
        return headers;
    }

    /** The column index of {@code header} in the table headed by {@code firstHeader}. */
    public static int column(Sheet sheet, String firstHeader, String header) {
        int i = headers(sheet, firstHeader).indexOf(header);
        if (i < 0) {
            throw new AssertionError("no column " + header + " on " + sheet.getSheetName());
        }
        return i;
    }

    /** The row whose first cell holds {@code label} (e.g. "Total"). */
    public static Row rowStartingWith(Sheet sheet, String label) {
        for (Row row : sheet) {
            Cell c = row.getCell(0);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().startsWith(label)) {
                return row;
            }
        }
        throw new AssertionError("no row " + label + " on " + sheet.getSheetName());
    }

    /** Every cell of the workbook. */
    public static List<Cell> cells(XSSFWorkbook wb) {
        List<Cell> cells = new ArrayList<>();
        wb.forEach(sheet -> sheet.forEach(row -> row.forEach(cells::add)));
        return cells;
    }
}
