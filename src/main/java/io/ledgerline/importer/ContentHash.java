package io.ledgerline.importer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What "identical content" means for a re-sent row: the same text in every contract column and every extra column,
 * whatever their order or the file's format (CSV or JSON Lines).
 */
final class ContentHash {

    private ContentHash() {
    }

    /** One digest per thread: looking one up per row cost more than hashing the row. */
    private static final ThreadLocal<MessageDigest> DIGEST = ThreadLocal.withInitial(ContentHash::sha256);

    static String of(CheckedRow row, List<ColumnSpec> columns) {
        MessageDigest digest = DIGEST.get();
        digest.reset();
        for (ColumnSpec column : columns) {
            update(digest, column.name(), row.text(column.name()));
        }
        Map<String, String> extras = row.extra().size() > 1 ? new TreeMap<>(row.extra()) : row.extra();
        for (Map.Entry<String, String> extra : extras.entrySet()) {
            update(digest, extra.getKey(), extra.getValue().isEmpty() ? null : extra.getValue());
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
