package io.ledgerline.importer.read;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Keeps the text the CSV parser has read since the current record began, so a refused row can be quarantined
 * exactly as it was sent (the parser itself only hands out unquoted fields). Older text is let go as records
 * pass; a row asked for after that falls back to its re-rendered form (see {@link CsvRowSource}).
 */
final class CapturingReader extends FilterReader {

    private static final int KEEP_AT_LEAST = 1 << 20;

    private final StringBuilder kept = new StringBuilder();
    private long keptFrom;

    CapturingReader(Reader in) {
        super(in);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            synchronized (this) {
                kept.append(buffer, offset, n);
            }
        }
        return n;
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0];
    }

    /** Lets go of text before {@code position} (a record start), in large steps so trimming stays cheap. */
    synchronized void release(long position) {
        long drop = position - keptFrom;
        if (drop > KEEP_AT_LEAST) {
            kept.delete(0, (int) drop);
            keptFrom = position;
        }
    }

    /**
     * The record starting at character {@code start}, without its line break: RFC 4180 text up to the first CR or LF
     * outside quotes. Null when that text was already let go.
     */
    synchronized String recordAt(long start) {
        if (start < keptFrom) {
            return null;
        }
        int from = (int) (start - keptFrom);
        boolean quoted = false;
        for (int i = from; i < kept.length(); i++) {
            char c = kept.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                return kept.substring(from, i);
            }
        }
        return kept.substring(from);
    }
}
