package io.ledgerline.report.xlsx;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * A streamed sheet's rows as POI writes them (inline strings, as POI's own temporary-file writer does), held in a
 * {@link SpillBuffer} instead of a temporary file of its own.
 */
final class SpillingSheetData extends SheetDataWriter {

    private final SpillBuffer buffer;

    private SpillingSheetData(SpillBuffer buffer) throws IOException {
        super(new BufferedWriter(new OutputStreamWriter(buffer, StandardCharsets.UTF_8), 64 * 1024));
        this.buffer = buffer;
    }

    static SpillingSheetData into(SpillBuffer buffer) throws IOException {
        return new SpillingSheetData(buffer);
    }

    /** POI closes the writer (flushing it) before it reads the rows back. */
    @Override
    public InputStream getWorksheetXMLInputStream() throws IOException {
        return buffer.input();
    }
}
