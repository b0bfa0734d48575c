package io.ledgerline.importer.read;

import java.util.function.Supplier;

/**
 * One data row as read, before any check.
 *
 * @param line   1-based line where the row starts in the (decompressed) file
 * @param values field name to text, in file order; an empty field is an empty string
 * @param rawText the row as sent, for quarantine; computed only when asked (most rows never need it)
 * @param shapeProblem why the row could not be split into fields (wrong column count, not a JSON object), or null
 */
public record SourceRow(long line, RowValues values, Supplier<String> rawText, String shapeProblem) {

    public String raw() {
        return rawText.get();
    }
}
