package io.ledgerline.domain;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The evidence seal of rows as stored (docs/decisions/0004-canonical-serialisation.md). A row's hash is SHA-256 over its
 * values one after another, each a tag byte and its text: {@code 0} null; {@code 1} an integer in decimal ASCII;
 * {@code 2} text as 4-byte big-endian length and UTF-8 (a decimal amount is its canonical text, as stored). The seal is
 * SHA-256 over the row hashes in order; the first {@value #PREFIX} bytes of each row hash are kept beside it, so verify
 * can name the row that changed. Not thread-safe; one per table and file.
 */
public final class RowDigest {

    /** Bytes of each row hash kept to locate a changed row (the seal itself covers all 32). */
    public static final int PREFIX = 8;

    private static final byte NULL = 0;
    private static final byte INTEGER = 1;
    private static final byte TEXT = 2;

    private final MessageDigest rows = sha256();
    private final MessageDigest row = sha256();
    private final ByteArrayOutputStream prefixes = new ByteArrayOutputStream();
    private long count;

    /** Adds one row, its values in the table's sealed column order; returns the row hash's prefix. */
    public byte[] add(Object... values) {
        for (Object value : values) {
            update(value);
        }
        byte[] hash = row.digest();
        rows.update(hash);
        prefixes.write(hash, 0, PREFIX);
        count++;
        byte[] prefix = new byte[PREFIX];
        System.arraycopy(hash, 0, prefix, 0, PREFIX);
        return prefix;
    }

    private void update(Object value) {
        if (value == null) {
            row.update(NULL);
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short) {
            row.update(INTEGER);
            row.update(value.toString().getBytes(StandardCharsets.US_ASCII));
        } else if (value instanceof String || value instanceof BigDecimal) {
            String text = value instanceof BigDecimal d ? d.toPlainString() : (String) value;
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            row.update(TEXT);
            row.update(new byte[] {(byte) (bytes.length >>> 24), (byte) (bytes.length >>> 16),
                (byte) (bytes.length >>> 8), (byte) bytes.length});
            row.update(bytes);
        } else {
            throw new IllegalArgumentException("no canonical form for a " + value.getClass().getSimpleName());
        }
    }

    public long rows() {
        return count;
    }

    /** The seal in lower-case hex; call once, after the last row. */
    public String hex() {
        return HexFormat.of().formatHex(rows.digest());
    }

    /** The prefixes of every row hash, in order, {@value #PREFIX} bytes each. */
    public byte[] rowHashes() {
        return prefixes.toByteArray();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
