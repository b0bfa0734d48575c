package io.ledgerline.store;

/** The chain-of-custody record of one input file, as received. */
public record ImportedFile(String fileName, String kind, String sha256, long sizeBytes, long rowsDeclared) {
}
