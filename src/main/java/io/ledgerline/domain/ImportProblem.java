package io.ledgerline.domain;

/**
 * One reason an input was refused or a row quarantined, located as precisely as known.
 *
 * @param file   the file name inside the bundle
 * @param line   1-based physical line where the row starts, or 0 when the problem concerns the whole file
 * @param column the column (field) name, or null when the problem concerns the whole row or file
 * @param reason what is wrong, in the user's words
 */
public record ImportProblem(String file, long line, String column, String reason) {

    /** {@code file:line: column: reason}, leaving out what is not known. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(':').append(line);
        }
        text.append(": ");
        if (column != null) {
            text.append(column).append(": ");
        }
        return text.append(reason).toString();
    }
}
