package io.ledgerline.store;

/**
 * A row to add to the case, with the hash of its content: two rows with the same key and hash are the same evidence
 * sent twice (a duplicate); the same key with another hash is a conflict.
 */
public record EvidenceRow<T>(T value, String contentHash, long line) {
}
