package io.ledgerline.report.xlsx;

/**
 * The one rule for text that reaches a cell (OWASP "CSV injection"): text is always written as a string cell, so it
 * never becomes a formula; a value that a spreadsheet would read as one if retyped ({@code = + - @}, tab, CR first) is
 * also quote-prefixed, so editing the cell keeps it text. Text past Excel's cell limit is cut with a visible marker.
 */
public final class SafeText {

    /** Excel's limit on the characters of one cell. */
    public static final int MAX_CELL_CHARS = 32_767;

    private SafeText() {
    }

    /** Whether {@code text} starts like a formula or a DDE payload. */
    public static boolean risky(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** {@code text} within the cell limit; longer text is cut and says how long it was. */
    public static String fit(String text) {
        if (text.length() <= MAX_CELL_CHARS) {
            return text;
        }
        String marker = " … [cut: " + text.length() + " characters in the case]";
        return text.substring(0, MAX_CELL_CHARS - marker.length()) + marker;
    }
}
