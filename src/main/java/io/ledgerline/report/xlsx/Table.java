package io.ledgerline.report.xlsx;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * A sheet's table: the header row (frozen, repeated on every printed page), one row per {@link #add}, an optional
 * totals row, then {@link #finish()} sets the autofilter and fits each column to its widest value within its bounds.
 */
public final class Table<R> {

    /** Headers wrap rather than widen their column past this many characters. */
    private static final int HEADER_WRAP = 14;

    private final WorkbookWriter workbook;
    private final SXSSFSheet sheet;
    private final List<Column<R>> columns;
    private final int headerRow;
    private final int[] widths;
    /** The sheet's one drawing, for pictures and comments alike (a second patriarch would replace the first). */
    private org.apache.poi.ss.usermodel.Drawing<?> drawing;
    private int nextRow;
    private int dataRows;
    private int rowLines;

    /** The height of one line of 10-point text, and the most a row may grow to. */
    private static final float LINE_POINTS = 12.75f;
    private static final float MAX_ROW_POINTS = 409;

    Table(WorkbookWriter workbook, SheetWriter sheetWriter, List<Column<R>> columns, int headerRow) {
        this.workbook = workbook;
        this.sheet = sheetWriter.sheet();
        this.columns = List.copyOf(columns);
        this.headerRow = headerRow;
        this.widths = new int[columns.size()];
        Row row = sheet.createRow(headerRow);
        row.setHeightInPoints(30);
        for (int c = 0; c < columns.size(); c++) {
            Column<R> column = columns.get(c);
            Cell cell = row.createCell(c);
            cell.setCellValue(column.header());
            cell.setCellStyle(Styles.rightAligned(column.kind()) ? workbook.styles().headerRight
                    : workbook.styles().header);
            widths[c] = Math.max(column.minWidth(), Math.min(HEADER_WRAP, column.header().length()));
        }
        sheet.createFreezePane(0, headerRow + 1);
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        nextRow = headerRow + 1;
    }

    /** Writes {@code value} as the next row; returns its 0-based row index. */
    public int add(R value) {
        Row row = sheet.createRow(nextRow);
        rowLines = 1;
        for (int c = 0; c < columns.size(); c++) {
            Column<R> column = columns.get(c);
            write(row, c, column.kind(), column.value().apply(value), false);
        }
        if (rowLines > 1) {
            // readers do not grow rows for wrapped text on their own (LibreOffice keeps one line): set the height
            row.setHeightInPoints(Math.min(MAX_ROW_POINTS, rowLines * LINE_POINTS + 2));
        }
        dataRows++;
        return nextRow++;
    }

    /** A totals row below the data (not filtered): {@code values} by column, null for an empty cell. */
    public void total(List<Object> values) {
        Row row = sheet.createRow(nextRow++);
        for (int c = 0; c < columns.size() && c < values.size(); c++) {
            write(row, c, columns.get(c).kind(), values.get(c), true);
        }
    }

    /**
     * Embeds a PNG in the cell at ({@code rowIndex}, {@code column}), scaled to the cell, and makes the row
     * {@code heightPoints} tall.
     */
    public void picture(int rowIndex, int column, byte[] png, float heightPoints) {
        sheet.getRow(rowIndex).setHeightInPoints(heightPoints);
        if (drawing == null) {
            drawing = sheet.createDrawingPatriarch();
        }
        ClientAnchor anchor = workbook.workbook().getCreationHelper().createClientAnchor();
        anchor.setCol1(column);
        anchor.setRow1(rowIndex);
        anchor.setCol2(column + 1);
        anchor.setRow2(rowIndex + 1);
        anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_AND_RESIZE);
        drawing.createPicture(anchor, workbook.addPng(png));
    }

    /** The A1 range of {@code column}'s data rows written so far, e.g. {@code H5:H12}. */
    public String dataRange(int column) {
        String letter = CellReference.convertNumToColString(column);
        return letter + (headerRow + 2) + ":" + letter + Math.max(headerRow + 2, nextRow);
    }

    /** Sets the autofilter over the header and data rows and the fitted column widths. */
    public void finish() {
        if (dataRows > 0) {
            sheet.setAutoFilter(new CellRangeAddress(headerRow, headerRow + dataRows, 0, columns.size() - 1));
        }
        int total = 0;
        for (int c = 0; c < columns.size(); c++) {
            int chars = Math.min(columns.get(c).maxWidth(), widths[c] + 2);
            sheet.setColumnWidth(c, chars * 256);
            total += chars;
        }
        if (total > A4_WIDTH_CHARS) {
            // fitted to one A4 page wide, a table this wide prints too small to read: A3, and beyond that as many A3
            // pages side by side as it takes, each repeating the header row and the first column
            var print = sheet.getPrintSetup();
            print.setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A3_PAPERSIZE);
            print.setFitWidth((short) Math.max(1, (total + A3_WIDTH_CHARS - 1) / A3_WIDTH_CHARS));
            sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
            sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, 0));
        }
    }

    /** About how many characters of columns a landscape page holds at a readable size: A4, A3. */
    static final int A4_WIDTH_CHARS = 160;
    static final int A3_WIDTH_CHARS = 230;

    private void write(Row row, int c, CellKind kind, Object value, boolean total) {
        if (value instanceof Cells.Typed typed) {
            write(row, c, typed.kind(), typed.value(), total);
            Cell written = row.getCell(c);
            if (written != null && !total && (kind == CellKind.TEXT || kind == CellKind.WRAP_TEXT)
                    && written.getCellType() != org.apache.poi.ss.usermodel.CellType.STRING) {
                written.setCellStyle(workbook.styles().left(typed.kind()));
            }
            return;
        }
        if (value == null) {
            return;
        }
        Styles styles = workbook.styles();
        Cell cell = row.createCell(c);
        if (value instanceof Cells.Pending pending) {
            cell.setCellValue(pending.text());
            cell.setCellStyle(styles.pending);
            wrapped(c, pending.text());
        } else if (value instanceof Cells.Formula formula) {
            cell.setCellFormula(formula.formula());
            cell.setCellValue(formula.cachedValue());
            cell.setCellStyle(total ? styles.total(kind) : styles.body(kind));
            fit(c, numberWidth(kind, BigDecimal.valueOf(formula.cachedValue())));
        } else if (value instanceof Instant instant) {
            CellKind timeKind = kind == CellKind.EVENT_TIME ? kind : CellKind.DATETIME;
            cell.setCellValue(excelDate(instant));
            cell.setCellStyle(total ? styles.total(timeKind) : styles.body(timeKind));
            fit(c, timeKind == CellKind.EVENT_TIME ? 23 : 19);
        } else if (value instanceof BigDecimal decimal) {
            number(cell, c, kind, decimal, total);
        } else if (value instanceof Integer || value instanceof Long) {
            CellKind numberKind = kind == CellKind.TEXT || kind == CellKind.WRAP_TEXT ? CellKind.INTEGER : kind;
            number(cell, c, numberKind, BigDecimal.valueOf(((Number) value).longValue()), total);
        } else {
            text(cell, c, kind, value.toString(), total);
        }
    }

    private void text(Cell cell, int c, CellKind kind, String raw, boolean total) {
        Styles styles = workbook.styles();
        String text = SafeText.fit(raw);
        cell.setCellValue(text); // a string cell: never parsed as a formula
        if (total) {
            cell.setCellStyle(styles.total(CellKind.TEXT));
        } else if (SafeText.risky(text)) {
            cell.setCellStyle(styles.quoted);
        } else if (Styles.rightAligned(kind)) {
            cell.setCellStyle(styles.exactText); // a word in a column of numbers ("unvalued") sits where they do
        } else {
            cell.setCellStyle(styles.body(kind == CellKind.WRAP_TEXT ? kind : CellKind.TEXT));
        }
        if (kind == CellKind.WRAP_TEXT) {
            wrapped(c, text);
        } else {
            fit(c, longestLine(text));
        }
    }

    /**
     * A number cell when the value survives the trip through a spreadsheet's binary floating point exactly (every
     * figure of the demo case does); otherwise the exact decimal as right-aligned text, never a silently changed
     * amount.
     */
    private void number(Cell cell, int c, CellKind kind, BigDecimal value, boolean total) {
        Styles styles = workbook.styles();
        if (kind == CellKind.TEXT || kind == CellKind.WRAP_TEXT) {
            text(cell, c, kind, value.toPlainString(), total);
            return;
        }
        double d = value.doubleValue();
        // always a number, so the live SUM/SUMIFS of the totals row count it; when a spreadsheet number cannot hold the
        // exact decimal (more than ~15 significant digits), the exact value rides along as the cell's comment
        cell.setCellValue(d);
        cell.setCellStyle(total ? styles.total(kind) : styles.body(kind));
        if (BigDecimal.valueOf(d).compareTo(value) != 0) {
            exactComment(cell, value);
        }
        fit(c, numberWidth(kind, value));
    }

    private void exactComment(Cell cell, BigDecimal value) {
        if (drawing == null) {
            drawing = sheet.createDrawingPatriarch();
        }
        ClientAnchor anchor = workbook.workbook().getCreationHelper().createClientAnchor();
        anchor.setCol1(cell.getColumnIndex());
        anchor.setCol2(cell.getColumnIndex() + 3);
        anchor.setRow1(cell.getRowIndex());
        anchor.setRow2(cell.getRowIndex() + 2);
        var comment = drawing.createCellComment(anchor);
        comment.setString(workbook.workbook().getCreationHelper().createRichTextString("exact: "
                + value.toPlainString()));
        comment.setAuthor("Ledgerline");
        cell.setCellComment(comment);
    }

    private static int numberWidth(CellKind kind, BigDecimal value) {
        BigDecimal abs = value.abs();
        int integerDigits = Math.max(1, abs.precision() - abs.scale());
        int grouped = integerDigits + (integerDigits - 1) / 3 + (value.signum() < 0 ? 1 : 0);
        int decimals = switch (kind) {
            case CRYPTO -> Math.min(18, Math.max(8, abs.stripTrailingZeros().scale()));
            case USD_EXACT -> Math.min(18, Math.max(2, abs.stripTrailingZeros().scale()));
            case PRICE -> Math.min(10, Math.max(2, abs.stripTrailingZeros().scale()));
            case USD, PERCENT -> 2;
            default -> -1;
        };
        return grouped + decimals + 1;
    }

    /** Counts the lines {@code text} takes when wrapped in column {@code c} (at its widest). */
    private void wrapped(int c, String text) {
        // proportional text fits about 1.15 characters per width unit (the unit is a digit's width)
        int perLine = Math.max(1, (int) (columns.get(c).maxWidth() * 1.15) - 2);
        int lines = 0;
        for (String line : text.split("\n", -1)) {
            lines += Math.max(1, (line.length() + perLine - 1) / perLine);
        }
        rowLines = Math.max(rowLines, lines);
    }

    private void fit(int c, int chars) {
        widths[c] = Math.max(widths[c], chars);
    }

    private static int longestLine(String text) {
        if (text.indexOf('\n') < 0) {
            return text.length();
        }
        int longest = 0;
        for (String line : text.split("\n", -1)) {
            longest = Math.max(longest, line.length());
        }
        return longest;
    }

    /**
     * The Excel serial date (1900 system: days since 1899-12-30) of {@code instant} in UTC, computed directly: the
     * general date conversion was a tenth of the time of a streamed timeline.
     */
    static double excelDate(Instant instant) {
        return EXCEL_EPOCH_DAY_OFFSET + (instant.getEpochSecond() + instant.getNano() / 1e9) / SECONDS_PER_DAY;
    }

    private static final double EXCEL_EPOCH_DAY_OFFSET = 25_569;
    private static final double SECONDS_PER_DAY = 86_400;

    /** Data rows written so far (totals rows not counted). */
    public int dataRows() {
        return dataRows;
    }
}
