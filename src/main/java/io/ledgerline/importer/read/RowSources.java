package io.ledgerline.importer.read;

import io.ledgerline.importer.bundle.BoundedInputStream;
import io.ledgerline.importer.bundle.DecompressionBudget;
import io.ledgerline.importer.bundle.ImportLimits;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipException;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/** The one way a data file's bytes become rows: gunzip within bounds, strict UTF-8, then CSV or JSON Lines. */
public final class RowSources {

    private RowSources() {
    }

    /**
     * Gunzips every member of the file (gzip allows several) and fails on anything after the last one: the JDK's
     * GZIPInputStream silently ignores such bytes, though the manifest's hash covers them as data sent.
     */
    private static InputStream strictGunzip(InputStream raw) throws IOException {
        try {
            return new ZipErrors(GzipCompressorInputStream.builder()
                    .setInputStream(new BufferedInputStream(raw, 64 * 1024))
                    .setDecompressConcatenated(true)
                    .get());
        } catch (IOException e) {
            throw asZipException(e);
        }
    }

    private static ZipException asZipException(IOException e) {
        if (e instanceof ZipException zip) {
            return zip;
        }
        ZipException zip = new ZipException(e.getMessage());
        zip.initCause(e);
        return zip;
    }

    /** Reports every gzip failure as a {@link ZipException}, which the importers turn into "not a valid gzip file". */
    private static final class ZipErrors extends FilterInputStream {
        ZipErrors(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException e) {
                throw asZipException(e);
            }
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            try {
                return super.read(buffer, offset, length);
            } catch (IOException e) {
                throw asZipException(e);
            }
        }
    }

    /**
     * @param name           the file's name, for messages
     * @param compressedSize the file's size on disk, for the compression-ratio bound of a gzip file
     */
    public static RowSource open(InputStream raw, String name, boolean gzip, boolean jsonLines, long compressedSize,
            DecompressionBudget budget, ImportLimits limits) throws IOException {
        InputStream data = raw;
        if (gzip) {
            data = new BoundedInputStream(strictGunzip(raw), name, budget, compressedSize, limits);
        }
        StrictUtf8Reader reader = new StrictUtf8Reader(data);
        return jsonLines ? new JsonLinesRowSource(reader, limits.maxRowChars())
                : new CsvRowSource(reader, limits.maxRowChars());
    }
}
