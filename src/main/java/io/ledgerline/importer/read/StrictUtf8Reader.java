package io.ledgerline.importer.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 and refuses anything else, naming the line of the first bad byte (a lenient decoder would silently
 * replace it, altering evidence). Drops one leading byte-order mark, as the contract allows.
 */
public final class StrictUtf8Reader extends Reader {

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
    private final CharBuffer chars = CharBuffer.allocate(64 * 1024);
    private long newlinesDelivered;
    private boolean endOfInput;
    private boolean started;

    public StrictUtf8Reader(InputStream in) {
        this.in = in;
        bytes.flip();
        chars.flip();
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (!fill()) {
                return -1;
            }
        }
        int n = Math.min(length, chars.remaining());
        chars.get(target, offset, n);
        for (int i = offset; i < offset + n; i++) {
            if (target[i] == '\n') {
                newlinesDelivered++;
            }
        }
        return n;
    }

    /** Decodes the next chunk; false at end of input. */
    private boolean fill() throws IOException {
        if (endOfInput && !bytes.hasRemaining()) {
            return false;
        }
        bytes.compact();
        int read = endOfInput ? -1 : in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (read < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + read);
        }
        bytes.flip();
        chars.clear();
        CoderResult result = decoder.decode(bytes, chars, endOfInput);
        if (endOfInput && !result.isError()) {
            result = decoder.flush(chars);
        }
        chars.flip();
        if (!started && chars.hasRemaining()) {
            started = true;
            if (chars.get(chars.position()) == '\uFEFF') {
                chars.get();
            }
        }
        if (result.isError()) {
            throw new InvalidUtf8Exception(newlinesDelivered + countNewlines(chars) + 1);
        }
        return chars.hasRemaining() || !endOfInput || bytes.hasRemaining();
    }

    private static long countNewlines(CharBuffer buffer) {
        long count = 0;
        for (int i = buffer.position(); i < buffer.limit(); i++) {
            if (buffer.get(i) == '\n') {
                count++;
            }
        }
        return count;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Bytes that are not UTF-8, first seen on {@link #line()} (1-based). */
    public static final class InvalidUtf8Exception extends IOException {

        private final long line;

        InvalidUtf8Exception(long line) {
            super("invalid UTF-8 on line " + line);
            this.line = line;
        }

        public long line() {
            return line;
        }
    }
}
