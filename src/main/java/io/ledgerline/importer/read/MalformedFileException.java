package io.ledgerline.importer.read;

import java.io.IOException;

/** A fault that makes the rest of a file unreadable (a broken header, an unclosed quote), located by line. */
public final class MalformedFileException extends IOException {

    private final long line;

    public MalformedFileException(long line, String reason) {
        super(reason);
        this.line = line;
    }

    public long line() {
        return line;
    }
}
