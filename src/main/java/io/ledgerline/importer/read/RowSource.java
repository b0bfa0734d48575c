package io.ledgerline.importer.read;

import java.io.IOException;
import java.util.List;

/** The data rows of one file, in order. Not thread-safe. */
public interface RowSource extends AutoCloseable {

    /** The column names the file declares (CSV header), or those seen so far (JSON Lines). */
    List<String> columns();

    /** The next row, or null at the end. Throws for a fault that makes the rest of the file unreadable. */
    SourceRow next() throws IOException;

    @Override
    void close() throws IOException;
}
