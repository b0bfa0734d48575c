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

    /** One digest and buffer per thread: looking one up per row cost more than hashing the row. */
    private static final ThreadLocal<RowBytes> ROW = ThreadLocal.withInitial(RowBytes::new);

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
        RowBytes row = ROW.get();
        row.length = 0;
        for (ColumnSpec column : columns) {
            String value = valueOf.apply(column.name());
            row.add(column.name(), value == null || value.isEmpty() ? null : value);
        }
        Map<String, String> sorted = extra.size() > 1 ? new TreeMap<>(extra) : extra;
        for (Map.Entry<String, String> e : sorted.entrySet()) {
            row.add(e.getKey(), e.getValue() == null || e.getValue().isEmpty() ? null : e.getValue());
        }
        // the whole row in one update: the digest's per-call cost outweighed the hashing of short fields
        row.digest.update(row.bytes, 0, row.length);
        return HexFormat.of().formatHex(row.digest.digest());
    }

    /** The bytes a row's hash is taken over, gathered before hashing. */
    private static final class RowBytes {
        final MessageDigest digest = sha256();
        byte[] bytes = new byte[1024];
        int length;

        void add(String name, String value) {
            put(name);
            // separators that cannot occur in names, and distinguish absent from empty
            put((byte) 0);
            if (value != null) {
                put((byte) 1);
                put(value);
            }
            put((byte) 0);
        }

        private void put(String text) {
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            ensure(utf8.length);
            System.arraycopy(utf8, 0, bytes, length, utf8.length);
            length += utf8.length;
        }

        private void put(byte b) {
            ensure(1);
            bytes[length++] = b;
        }

        private void ensure(int more) {
            if (length + more > bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
            }
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
