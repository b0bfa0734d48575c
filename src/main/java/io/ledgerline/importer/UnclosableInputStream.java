package io.ledgerline.importer;

import java.io.FilterInputStream;
import java.io.InputStream;

/** Lets a reader be closed without closing the stream under it, which its owner closes. */
final class UnclosableInputStream extends FilterInputStream {

    UnclosableInputStream(InputStream in) {
        super(in);
    }

    @Override
    public void close() {
        // the owner closes the underlying stream
    }
}
