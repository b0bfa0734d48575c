package io.ledgerline.store;

/**
 * A row whose key was already in the case when it was inserted, so it was not written.
 *
 * @param key          the row's key as the user knows it (event_id, account_id, request_id, or "BTC at
 *                     2024-05-30T14:00:00Z" for a price, with the time as the exporter wrote it)
 * @param line         the new row's line in the file being imported
 * @param sameContent  whether the row already there has identical content (a duplicate) or not (a conflict)
 * @param existingFile the file the row already there came from, and its line
 * @param sameFile     whether that file is the one being imported (the key repeats inside one export)
 */
public record Collision(String key, long line, boolean sameContent, String existingFile, long existingLine,
        boolean sameFile) {
}
