package io.ledgerline.report.xlsx;

import java.util.function.Function;

/**
 * One column of a report table: its header, width bounds in characters, kind and how to get its value from a row. A
 * sheet's columns are one list (an {@code …Columns} class), so a new column is one line.
 *
 * @param value a String, Number, BigDecimal, Instant or null (empty cell) for the row
 */
public record Column<R>(String header, CellKind kind, int minWidth, int maxWidth, Function<R, Object> value) {

    public static <R> Column<R> text(String header, int maxWidth, Function<R, Object> value) {
        return new Column<>(header, CellKind.TEXT, 8, maxWidth, value);
    }

    public static <R> Column<R> wrap(String header, int width, Function<R, Object> value) {
        return new Column<>(header, CellKind.WRAP_TEXT, width, width, value);
    }

    public static <R> Column<R> of(String header, CellKind kind, Function<R, Object> value) {
        return new Column<>(header, kind, 8, 40, value);
    }
}
