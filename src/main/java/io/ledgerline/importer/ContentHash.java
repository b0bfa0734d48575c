package io.ledgerline.importer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What "identical content" means for a re-sent row: the same text in every contract column and every extra column,
 * whatever their order or the file's format (CSV or JSON Lines).
 */
public final class ContentHash {

    private ContentHash() {
    }

    /** One digest per thread: looking one up per row cost more than hashing the row. */
    private static final ThreadLocal<MessageDigest> DIGEST = ThreadLocal.withInitial(ContentHash::sha256);

    static String of(CheckedRow row, List<ColumnSpec> columns) {
        return of(row::text, row.extra(), columns);
    }

    /**
     * The hash of a row given as text: {@code values} by contract column (a missing or empty value is absent) and
     * {@code extra} columns as sent. Other importers use it so that the same event hashes alike whatever its source.
     */
    public static String of(Map<String, String> values, Map<String, String> extra, List<ColumnSpec> columns) {
        return of(values::get, extra, columns);
    }

    private static String of(Function<String, String> valueOf, Map<String, String> extra, List<ColumnSpec> columns) {
        MessageDigest digest = DIGEST.get();
        digest.reset();
        for (ColumnSpec column : columns) {
            String value = valueOf.apply(column.name());
            update(digest, column.name(), value == null || value.isEmpty() ? null : value);
        }
        Map<String, String> sorted = extra.size() > 1 ? new TreeMap<>(extra) : extra;
        for (Map.Entry<String, String> e : sorted.entrySet()) {
            update(digest, e.getKey(), e.getValue() == null || e.getValue().isEmpty() ? null : e.getValue());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void update(MessageDigest digest, String name, String value) {
        digest.update(name.getBytes(StandardCharsets.UTF_8));
        // separators that cannot occur in names, and distinguish absent from empty
        digest.update((byte) 0);
        if (value != null) {
            digest.update((byte) 1);
            digest.update(value.getBytes(StandardCharsets.UTF_8));
        }
        digest.update((byte) 0);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
