package io.ledgerline.domain;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The hash of one stored row, the unit of an evidence seal (docs/decisions/0004-canonical-serialisation.md): SHA-256
 * over its values one after another, each a tag byte and its text: {@code 0} null; {@code 1} an integer in decimal
 * ASCII; {@code 2} text as 4-byte big-endian length and UTF-8 (a decimal amount is its canonical text, as stored).
 * Not thread-safe; an importer hashes on its reading thread with its own hasher.
 */
public final class RowHasher {

    private static final byte NULL = 0;
    private static final byte INTEGER = 1;
    private static final byte TEXT = 2;

    private final MessageDigest row = sha256();
    private byte[] buffer = new byte[1024];
    private int length;

    /** The 32-byte hash of one row, its values in the table's sealed column order. */
    public byte[] hash(Object... values) {
        length = 0;
        for (Object value : values) {
            encode(value);
        }
        // one update per row: the digest's per-call cost outweighed the hashing itself on a million-row import
        row.update(buffer, 0, length);
        return row.digest();
    }

    private void encode(Object value) {
        if (value == null) {
            put(NULL);
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short) {
            put(INTEGER);
            putDecimal(((Number) value).longValue());
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
        // the JDK's encoder: fast for ASCII, and it keeps lone surrogates as it always has (as '?')
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buffer, length, bytes.length);
        length += bytes.length;
    }

    /** The decimal ASCII of {@code n}, as {@link Long#toString(long)} writes it, without making the string. */
    private void putDecimal(long n) {
        if (n == Long.MIN_VALUE) {
            byte[] text = Long.toString(n).getBytes(StandardCharsets.US_ASCII);
            ensure(text.length);
            System.arraycopy(text, 0, buffer, length, text.length);
            length += text.length;
            return;
        }
        ensure(20);
        if (n < 0) {
            buffer[length++] = '-';
            n = -n;
        }
        int digits = 1;
        for (long power = 10; digits < 19 && n >= power; power *= 10) {
            digits++;
        }
        int end = length + digits;
        // the digits are written from the last one back, one division each
        for (int i = end - 1; i >= length; i--) {
            buffer[i] = (byte) ('0' + n % 10);
            n /= 10;
        }
        length = end;
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

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
