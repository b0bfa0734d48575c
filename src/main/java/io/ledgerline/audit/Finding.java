package io.ledgerline.audit;

/**
 * One thing {@code verify} found wrong: which check, the table and row concerned, and what differs.
 *
 * @param row the row's key or a description of where it is (e.g. "seq 12", "import file 1, event_id E0042 (line 43)")
 */
public record Finding(String check, String table, String row, String message) {

    /** The finding as one line: {@code table row: message [check]}. */
    public String line() {
        return table + " " + row + ": " + message + " [" + check + "]";
    }
}
