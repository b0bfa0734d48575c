package io.ledgerline.importer.read;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Stops a single row from growing without bound (a multi-gigabyte field or line would exhaust the heap): counts the
 * characters handed out since the row source last said a row ended, and fails past the limit. The count includes the
 * parser's read-ahead, so the bound is approximate by one buffer, which is harmless at megabyte limits.
 */
public final class RowSizeGuard extends FilterReader {

    private final int maxChars;
    private long sinceRowStart;

    public RowSizeGuard(Reader in, int maxChars) {
        super(in);
        this.maxChars = maxChars;
    }

    /** Called by the row source after each row it returns. */
    void rowEnded() {
        sinceRowStart = 0;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            count(1);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) throws RowTooLongException {
        sinceRowStart += n;
        if (sinceRowStart > maxChars + 128L * 1024) {
            throw new RowTooLongException(maxChars);
        }
    }

    /** A row (or a field in it) longer than the limit. */
    public static final class RowTooLongException extends IOException {
        RowTooLongException(int maxChars) {
            super("a row longer than " + maxChars + " characters; refused to protect memory "
                    + "(an unclosed quote can also cause this)");
        }
    }
}
