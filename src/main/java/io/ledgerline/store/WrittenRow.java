package io.ledgerline.store;

import java.util.Map;

/**
 * A row as a store wrote it: its key and every column's value, which the audit entry of the change records as its
 * "after".
 */
public record WrittenRow(String table, String key, Map<String, Object> columns) {

    public long id() {
        return Long.parseLong(key);
    }
}
