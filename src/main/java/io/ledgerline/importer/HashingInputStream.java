package io.ledgerline.importer;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

/** Hashes (SHA-256) and counts the bytes of a file as they are read, so custody costs no second read. */
final class HashingInputStream extends FilterInputStream {

    private final MessageDigest digest = ContentHash.sha256();
    private volatile long bytes;

    HashingInputStream(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            digest.update((byte) b);
            bytes++;
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            digest.update(buffer, offset, n);
            bytes += n;
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // every byte must pass through the digest
        byte[] sink = new byte[(int) Math.min(n, 8192)];
        int read = read(sink, 0, sink.length);
        return Math.max(read, 0);
    }

    /** Bytes read so far; safe to read from another thread for progress. */
    long bytes() {
        return bytes;
    }

    /** Lower-case hex SHA-256 of everything read; call once, at the end. */
    String sha256() {
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Reads the rest of the stream and returns its hash. */
    String drain() throws IOException {
        byte[] buffer = new byte[64 * 1024];
        while (read(buffer, 0, buffer.length) >= 0) {
            // hashing happens in read
        }
        return sha256();
    }
}
