package io.ledgerline.importer.read;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Keeps the text the CSV parser has read lately, so a refused row can be quarantined exactly as it was sent (the
 * parser itself only hands out unquoted fields). About {@value #KEEP_BEHIND} characters behind the current record are
 * kept: enough for the rows an import still has in flight (a repeat is found only when its batch is written, some
 * 20,000 rows behind the reader). A row asked for after its text was let go falls back to its re-rendered form
 * (see {@link CsvRowSource}).
 */
final class CapturingReader extends FilterReader {

    static final int KEEP_BEHIND = 8 << 20;
    // trimming moves the kept text, so it happens only once as much again has been read
    private static final int TRIM_STEP = KEEP_BEHIND;

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

    /** The parser is at {@code position} (a record start): lets go of text far behind it, in steps. */
    synchronized void advancedTo(long position) {
        long drop = position - KEEP_BEHIND - keptFrom;
        if (drop > TRIM_STEP) {
            kept.delete(0, (int) drop);
            keptFrom += drop;
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

    /**
     * Whether the record starting at {@code start} ends in a lone CR (neither LF nor CRLF): the line end of classic Mac
     * files, which the contract does not allow. False when the text is not (or no longer) kept.
     */
    synchronized boolean endsWithLoneCarriageReturn(long start) {
        String record = recordAt(start);
        if (record == null) {
            return false;
        }
        int end = (int) (start - keptFrom) + record.length();
        return end < kept.length() && kept.charAt(end) == '\r'
                && (end + 1 >= kept.length() || kept.charAt(end + 1) != '\n');
    }
}
