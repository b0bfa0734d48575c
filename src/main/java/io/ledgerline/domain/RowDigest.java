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
    private byte[] buffer = new byte[1024];
    private int length;
    private long count;

    /** Adds one row, its values in the table's sealed column order; returns the row hash's prefix. */
    public byte[] add(Object... values) {
        length = 0;
        for (Object value : values) {
            encode(value);
        }
        // one update per row: the digest's per-call cost outweighed the hashing itself on a million-row import
        row.update(buffer, 0, length);
        byte[] hash = row.digest();
        rows.update(hash);
        prefixes.write(hash, 0, PREFIX);
        count++;
        byte[] prefix = new byte[PREFIX];
        System.arraycopy(hash, 0, prefix, 0, PREFIX);
        return prefix;
    }

    private void encode(Object value) {
        if (value == null) {
            put(NULL);
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short) {
            put(INTEGER);
            putAscii(value.toString());
        } else if (value instanceof String || value instanceof BigDecimal) {
            String text = value instanceof BigDecimal d ? d.toPlainString() : (String) value;
            put(TEXT);
            int lengthAt = length;
            length += 4;
            ensure(0);
            int start = length;
            putUtf8(text);
            int n = length - start;
            buffer[lengthAt] = (byte) (n >>> 24);
            buffer[lengthAt + 1] = (byte) (n >>> 16);
            buffer[lengthAt + 2] = (byte) (n >>> 8);
            buffer[lengthAt + 3] = (byte) n;
        } else {
            throw new IllegalArgumentException("no canonical form for a " + value.getClass().getSimpleName());
        }
    }

    private void putUtf8(String text) {
        ensure(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                // not ASCII: the JDK's encoder from here on (keeps lone surrogates as it always does)
                byte[] rest = text.substring(i).getBytes(StandardCharsets.UTF_8);
                ensure(rest.length);
                System.arraycopy(rest, 0, buffer, length, rest.length);
                length += rest.length;
                return;
            }
            buffer[length++] = (byte) c;
        }
    }

    private void putAscii(String text) {
        ensure(text.length());
        for (int i = 0; i < text.length(); i++) {
            buffer[length++] = (byte) text.charAt(i);
        }
    }

    private void put(byte b) {
        ensure(1);
        buffer[length++] = b;
    }

    private void ensure(int more) {
        if (length + more > buffer.length) {
            buffer = java.util.Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
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
