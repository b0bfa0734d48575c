package io.ledgerline.report;

import io.ledgerline.report.xlsx.CellKind;
import io.ledgerline.report.xlsx.Cells;
import io.ledgerline.report.xlsx.Column;
import java.time.Instant;
import java.util.List;

/**
 * A row of a field/value sheet (Cover, Summary, DORA report, Data breach, Methodology): the field's reference, its
 * name, its value and where the value comes from.
 *
 * @param value text, a whole number, an instant, a {@link Cells.Typed} figure (USD, crypto), or {@link Cells.Pending}
 *              for a field still to be completed
 * @param source "case: …", "analysis: …" or "entered by NAME at TIME"
 */
public record FieldRow(String ref, String field, Object value, String source) {

    public static final List<Column<FieldRow>> COLUMNS = columns("Ref.");

    /** The columns, the first headed {@code refHeader}. */
    public static List<Column<FieldRow>> columns(String refHeader) {
        return List.of(
            Column.text(refHeader, 24, FieldRow::ref),
            Column.wrap("Field", 46, FieldRow::field),
            Column.wrap("Value", 70, FieldRow::typedValue),
            Column.wrap("Source", 38, FieldRow::source));
    }

    /** This row under another reference (a section name). */
    public FieldRow withRef(String newRef) {
        return new FieldRow(newRef, field, value, source);
    }

    /** Instants and numbers keep their type in the value column (a real date, a real number). */
    private Object typedValue() {
        if (value instanceof Instant) {
            return Cells.typed(CellKind.DATETIME, value);
        }
        if (value instanceof Long || value instanceof Integer) {
            return Cells.typed(CellKind.INTEGER, value);
        }
        return value;
    }
}
