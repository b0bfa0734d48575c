package io.ledgerline.store;

/** A warning about a file, counted over its rows; {@code column} is null when it is about the whole row. */
public record ImportWarning(long firstLine, String column, String message, long occurrences) {
}
