package io.ledgerline.report.xlsx;

import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The workbook's cell styles, made once each (a workbook holds at most 64,000 styles; a style per cell would not do). */
final class Styles {

    /** The formats of ../shared case-format: crypto to 8 or more places, USD to 2, exact USD to every decimal. */
    static final String CRYPTO_FORMAT = "#,##0.00000000##########";
    static final String USD_FORMAT = "#,##0.00";
    static final String USD_EXACT_FORMAT = "#,##0.00################";
    static final String PRICE_FORMAT = "#,##0.00########";
    static final String DATETIME_FORMAT = "yyyy-mm-dd hh:mm:ss";
    static final String EVENT_TIME_FORMAT = "yyyy-mm-dd hh:mm:ss.000";

    private final Workbook workbook;
    private final Map<CellKind, CellStyle> body = new EnumMap<>(CellKind.class);
    private final Map<CellKind, CellStyle> total = new EnumMap<>(CellKind.class);
    private final Map<CellKind, CellStyle> left = new EnumMap<>(CellKind.class);
    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle header;
    final CellStyle headerRight;
    final CellStyle label;
    final CellStyle pending;
    final CellStyle quoted;
    final CellStyle exactText;
    final CellStyle note;

    Styles(Workbook workbook) {
        this.workbook = workbook;
        title = style(font(14, true, false, IndexedColors.DARK_BLUE));
        subtitle = style(font(9, false, true, IndexedColors.GREY_50_PERCENT));
        note = style(font(9, false, true, IndexedColors.GREY_80_PERCENT));
        header = style(font(10, true, false, IndexedColors.WHITE));
        header.setFillForegroundColor(IndexedColors.DARK_BLUE.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        headerRight = workbook.createCellStyle();
        headerRight.cloneStyleFrom(header);
        headerRight.setAlignment(HorizontalAlignment.RIGHT);
        label = style(font(10, true, false, IndexedColors.BLACK));
        label.setVerticalAlignment(VerticalAlignment.TOP);
        label.setWrapText(true);
        pending = style(font(10, true, true, IndexedColors.DARK_RED));
        pending.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        pending.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        pending.setVerticalAlignment(VerticalAlignment.TOP);
        pending.setWrapText(true);
        quoted = workbook.createCellStyle();
        quoted.setQuotePrefixed(true);
        quoted.setVerticalAlignment(VerticalAlignment.TOP);
        exactText = workbook.createCellStyle();
        exactText.setAlignment(HorizontalAlignment.RIGHT);
        exactText.setVerticalAlignment(VerticalAlignment.TOP);
        for (CellKind kind : CellKind.values()) {
            body.put(kind, kindStyle(kind, false));
            total.put(kind, kindStyle(kind, true));
            CellStyle l = workbook.createCellStyle();
            l.cloneStyleFrom(body.get(kind));
            l.setAlignment(HorizontalAlignment.LEFT);
            l.setIndention((short) 1);
            left.put(kind, l);
        }
        for (CellStyle s : new CellStyle[] {header, pending, quoted}) {
            s.setIndention((short) 1);
        }
    }

    CellStyle body(CellKind kind) {
        return body.get(kind);
    }

    /** Numbers sit right, so their headers do too. */
    static boolean rightAligned(CellKind kind) {
        return switch (kind) {
            case INTEGER, CRYPTO, USD, USD_EXACT, PRICE, PERCENT -> true;
            default -> false;
        };
    }

    /** A figure in a column of text (a field/value table): left, like the words around it. */
    CellStyle left(CellKind kind) {
        return left.get(kind);
    }

    CellStyle total(CellKind kind) {
        return total.get(kind);
    }

    private CellStyle kindStyle(CellKind kind, boolean isTotal) {
        CellStyle s = isTotal ? style(font(10, true, false, IndexedColors.BLACK)) : workbook.createCellStyle();
        s.setVerticalAlignment(VerticalAlignment.TOP);
        if (isTotal) {
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.DOUBLE);
        }
        String format = switch (kind) {
            case INTEGER -> "#,##0";
            case CRYPTO -> CRYPTO_FORMAT;
            case USD -> USD_FORMAT;
            case USD_EXACT -> USD_EXACT_FORMAT;
            case PRICE -> PRICE_FORMAT;
            case DATETIME -> DATETIME_FORMAT;
            case EVENT_TIME -> EVENT_TIME_FORMAT;
            case PERCENT -> "0.00%";
            case TEXT, WRAP_TEXT -> null;
        };
        if (format != null) {
            s.setDataFormat(workbook.createDataFormat().getFormat(format));
        }
        if (!rightAligned(kind)) {
            // text and dates sit left, one indent from a number right-aligned in the column before
            s.setAlignment(HorizontalAlignment.LEFT);
            s.setIndention((short) 1);
        }
        s.setWrapText(kind == CellKind.WRAP_TEXT);
        return s;
    }

    private CellStyle style(Font font) {
        CellStyle s = workbook.createCellStyle();
        s.setFont(font);
        return s;
    }

    private Font font(int points, boolean bold, boolean italic, IndexedColors color) {
        Font f = workbook.createFont();
        f.setFontHeightInPoints((short) points);
        f.setBold(bold);
        f.setItalic(italic);
        f.setColor(color.getIndex());
        return f;
    }
}
