package io.ledgerline.importer;

import io.ledgerline.importer.check.Amounts;
import io.ledgerline.importer.check.Timestamps;
import io.ledgerline.importer.read.RowValues;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * A row whose every contract column passed its check: values are present or null (empty means absent), and parsing
 * them cannot fail. {@code extra} holds the columns the contract does not name, as sent.
 */
record CheckedRow(long line, RowValues values, Map<String, String> extra) {

    String text(String column) {
        String value = values.get(column);
        return value == null || value.isEmpty() ? null : value;
    }

    Instant instant(String column) {
        String value = text(column);
        return value == null ? null : Timestamps.parse(value);
    }

    BigDecimal amount(String column) {
        String value = text(column);
        return value == null ? null : Amounts.parse(value);
    }
}
