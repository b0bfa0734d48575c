package io.ledgerline.importer.read;

import io.ledgerline.importer.bundle.BoundedInputStream;
import io.ledgerline.importer.bundle.DecompressionBudget;
import io.ledgerline.importer.bundle.ImportLimits;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/** The one way a data file's bytes become rows: gunzip within bounds, strict UTF-8, then CSV or JSON Lines. */
public final class RowSources {

    private RowSources() {
    }

    /**
     * @param name           the file's name, for messages
     * @param compressedSize the file's size on disk, for the compression-ratio bound of a gzip file
     */
    public static RowSource open(InputStream raw, String name, boolean gzip, boolean jsonLines, long compressedSize,
            DecompressionBudget budget, ImportLimits limits) throws IOException {
        InputStream data = raw;
        if (gzip) {
            data = new BoundedInputStream(new GZIPInputStream(raw, 64 * 1024), name, budget, compressedSize, limits);
        }
        StrictUtf8Reader reader = new StrictUtf8Reader(data);
        return jsonLines ? new JsonLinesRowSource(reader, limits.maxRowChars())
                : new CsvRowSource(reader, limits.maxRowChars());
    }
}
