package io.ledgerline.report.xlsx;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * One sheet of a report: a title and subtitle row, optional note rows, then one table ({@link Table}) with a frozen
 * header, an autofilter and fitted column widths; printed landscape, fitted to the page width, with the case id,
 * "Confidential" and "Page x of y" in the header and footer.
 */
public final class SheetWriter {

    private final WorkbookWriter workbook;
    private final SXSSFSheet sheet;
    private final String title;
    private int nextRow;

    SheetWriter(WorkbookWriter workbook, SXSSFSheet sheet, String title, String subtitle) {
        this.workbook = workbook;
        this.sheet = sheet;
        this.title = title;
        text(nextRow++, title, workbook.styles().title);
        sheet.getRow(0).setHeightInPoints(22);
        text(nextRow++, subtitle, workbook.styles().subtitle);
        printSetup();
    }

    /** A line of explanation above the table (italic, small). */
    public SheetWriter note(String text) {
        text(nextRow++, text, workbook.styles().note);
        return this;
    }

    /** Starts the sheet's one table, after a blank row: its header row is written now. */
    public <R> Table<R> table(List<Column<R>> columns) {
        nextRow++;
        return new Table<>(workbook, this, columns, nextRow);
    }

    SXSSFSheet sheet() {
        return sheet;
    }

    private void text(int rowIndex, String text, org.apache.poi.ss.usermodel.CellStyle style) {
        Row row = sheet.createRow(rowIndex);
        Cell cell = row.createCell(0);
        cell.setCellValue(SafeText.fit(text));
        cell.setCellStyle(style);
    }

    private void printSetup() {
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setMargin(Sheet.LeftMargin, 0.4);
        sheet.setMargin(Sheet.RightMargin, 0.4);
        sheet.setMargin(Sheet.TopMargin, 0.6);
        sheet.setMargin(Sheet.BottomMargin, 0.6);
        DocumentInfo info = workbook.info();
        sheet.getHeader().setLeft(escape(info.headerLeft()));
        sheet.getHeader().setCenter("&B" + "Confidential");
        sheet.getHeader().setRight(escape(title));
        sheet.getFooter().setLeft(escape(info.footerLeft()));
        sheet.getFooter().setRight("Page &P of &N");
    }

    /** Header and footer text treats {@code &} as a code: case data must not inject one. */
    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&&");
    }
}
