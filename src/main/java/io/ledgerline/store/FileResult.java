package io.ledgerline.store;

/** What became of one file's rows. */
public record FileResult(long rowsImported, long duplicates, long warnings, long quarantined, long millis) {
}
