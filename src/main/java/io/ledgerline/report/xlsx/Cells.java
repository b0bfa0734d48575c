package io.ledgerline.report.xlsx;

/** Values a column may give besides plain strings, numbers and instants. */
public final class Cells {

    private Cells() {
    }

    /** A value written as {@code kind}, whatever its column's kind (for field/value tables). */
    public record Typed(CellKind kind, Object value) {
    }

    /** A field still to be filled in: shown in a style that stands out, so it is never mistaken for an answer. */
    public record Pending(String text) {
    }

    /**
     * A live formula of our own making (never case data) with the value it evaluates to, stored as the cached result
     * so readers that do not recalculate on load (LibreOffice's default) show the same figure.
     */
    public record Formula(String formula, double cachedValue) {
    }

    public static Typed typed(CellKind kind, Object value) {
        return new Typed(kind, value);
    }

    public static Pending pending(String text) {
        return new Pending(text);
    }
}
