package io.ledgerline.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFShape;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The content of a written workbook, stripped to what a plain POI program would write for it: on the same sheets, in
 * the same cells, the same values (text as text; numbers, dates and formulas' results as plain numbers) and the same
 * pictures, but no styles, number formats, formulas, comments, column widths, frozen panes, filters, print setup,
 * header and footer or document properties; written the way POI is plainly used, streaming or in memory.
 */
final class PlainWorkbook {

    private record Value(int row, int column, Object value) {
    }

    private record Picture(int row, int column, byte[] png) {
    }

    private record Sheet(String name, List<Value> cells, List<Picture> pictures) {
    }

    private final List<Sheet> sheets;

    private PlainWorkbook(List<Sheet> sheets) {
        this.sheets = sheets;
    }

    /** Reads the cells and pictures of every sheet of {@code xlsx}. */
    static PlainWorkbook of(Path xlsx) throws IOException {
        List<Sheet> sheets = new ArrayList<>();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (org.apache.poi.ss.usermodel.Sheet s : wb) {
                List<Value> cells = new ArrayList<>();
                for (Row row : s) {
                    for (Cell cell : row) {
                        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                                : cell.getCellType();
                        Object value = type == CellType.NUMERIC ? (Object) cell.getNumericCellValue()
                                : type == CellType.STRING ? cell.getStringCellValue() : null;
                        cells.add(new Value(cell.getRowIndex(), cell.getColumnIndex(), value));
                    }
                }
                List<Picture> pictures = new ArrayList<>();
                XSSFDrawing drawing = ((XSSFSheet) s).getDrawingPatriarch();
                if (drawing != null) {
                    for (XSSFShape shape : drawing.getShapes()) {
                        if (shape instanceof XSSFPicture p) {
                            ClientAnchor a = p.getClientAnchor();
                            pictures.add(new Picture(a.getRow1(), a.getCol1(), p.getPictureData().getData()));
                        }
                    }
                }
                sheets.add(new Sheet(s.getSheetName(), cells, pictures));
            }
        }
        return new PlainWorkbook(sheets);
    }

    int sheetCount() {
        return sheets.size();
    }

    long cellCount() {
        return sheets.stream().mapToLong(s -> s.cells().size()).sum();
    }

    int pictureCount() {
        return sheets.stream().mapToInt(s -> s.pictures().size()).sum();
    }

    /** Writes the plain workbook with POI's streaming writer, as its defaults have it (a temporary file per sheet). */
    void writeStreaming(Path target) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            write(wb, target);
            wb.dispose();
        }
    }

    /** Writes the plain workbook with POI's in-memory writer (no temporary files; fine for a small workbook). */
    void writeInMemory(Path target) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            write(wb, target);
        }
    }

    private void write(Workbook wb, Path target) throws IOException {
        for (Sheet s : sheets) {
            org.apache.poi.ss.usermodel.Sheet sheet = wb.createSheet(s.name());
            Row row = null;
            for (Value v : s.cells()) {
                if (row == null || row.getRowNum() != v.row()) {
                    row = sheet.createRow(v.row());
                }
                Cell cell = row.createCell(v.column());
                if (v.value() instanceof Double d) {
                    cell.setCellValue(d);
                } else if (v.value() instanceof String text) {
                    cell.setCellValue(text);
                }
            }
            if (!s.pictures().isEmpty()) {
                var drawing = sheet.createDrawingPatriarch();
                for (Picture p : s.pictures()) {
                    ClientAnchor anchor = wb.getCreationHelper().createClientAnchor();
                    anchor.setCol1(p.column());
                    anchor.setRow1(p.row());
                    anchor.setCol2(p.column() + 1);
                    anchor.setRow2(p.row() + 1);
                    drawing.createPicture(anchor, wb.addPicture(p.png(), Workbook.PICTURE_TYPE_PNG));
                }
            }
        }
        try (OutputStream out = Files.newOutputStream(target)) {
            wb.write(out);
        }
    }
}
