package io.ledgerline.store;

/** A row a lenient import set aside, verbatim, with the file and line it came from and why. */
public record QuarantinedRow(String fileName, long line, String reasons, String raw) {
}
