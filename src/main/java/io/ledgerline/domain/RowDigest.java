package io.ledgerline.domain;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * The evidence seal of rows as stored (docs/decisions/0004-canonical-serialisation.md): SHA-256 over the row hashes
 * ({@link RowHasher}) in order; the first {@value #PREFIX} bytes of each row hash are kept beside it, so verify can
 * name the row that changed. Not thread-safe; one per table and file.
 */
public final class RowDigest {

    /** Bytes of each row hash kept to locate a changed row (the seal itself covers all 32). */
    public static final int PREFIX = 8;

    private final RowHasher hasher = new RowHasher();
    private final MessageDigest rows = RowHasher.sha256();
    private final ByteArrayOutputStream prefixes = new ByteArrayOutputStream();
    private long count;

    /** Adds one row, its values in the table's sealed column order; returns the row hash's prefix. */
    public byte[] add(Object... values) {
        return addHash(hasher.hash(values));
    }

    /** Adds one row by its hash from {@link RowHasher#hash} (computed elsewhere, perhaps on another thread). */
    public byte[] addHash(byte[] rowHash) {
        rows.update(rowHash);
        prefixes.write(rowHash, 0, PREFIX);
        count++;
        byte[] prefix = new byte[PREFIX];
        System.arraycopy(rowHash, 0, prefix, 0, PREFIX);
        return prefix;
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
}
