package io.ledgerline.report.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.io.output.UnsynchronizedByteArrayOutputStream;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * POI's streaming workbook without the fixed costs that dominated writing a small report: each sheet's flushed rows
 * stay in memory until they are many ({@link SpillBuffer}) instead of going to a temporary file per sheet; the
 * workbook's own parts are zipped uncompressed in memory (POI deflates them into a temporary file, only to inflate
 * them again for the final zip) and handed on in the order written ({@link ReproducibleZip}); and closing does not
 * save the whole package once more into memory, as POI's {@code close()} does for a new workbook.
 */
final class StreamingWorkbook extends SXSSFWorkbook {

    /** Flushed rows a sheet keeps in memory before they go to a temporary file (a small sheet's are far fewer). */
    static final int SHEET_BYTES_IN_MEMORY = 1 << 20;

    private final int sheetBytesInMemory;
    private final List<SpillBuffer> sheetData = new ArrayList<>();

    StreamingWorkbook(int rowWindow, int sheetBytesInMemory) {
        super(rowWindow);
        this.sheetBytesInMemory = sheetBytesInMemory;
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        SpillBuffer buffer = new SpillBuffer(sheetBytesInMemory);
        sheetData.add(buffer);
        return SpillingSheetData.into(buffer);
    }

    /** Writes the finished workbook as one zip to {@code out} (left open). */
    void writeTo(OutputStream out) throws IOException {
        flushSheets();
        UnsynchronizedByteArrayOutputStream parts = UnsynchronizedByteArrayOutputStream.builder().get();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(parts)) {
            // an intermediate zip, read back at once: compressing it would be work undone a moment later
            zip.setLevel(Deflater.NO_COMPRESSION);
            getXSSFWorkbook().write(zip);
        }
        try (ZipEntrySource source = ReproducibleZip.read(parts.toInputStream())) {
            injectData(source, out);
        }
    }

    /** Drops the workbook and removes the temporary files of its sheets, if any. */
    void discard() {
        try {
            dispose();
            getXSSFWorkbook().getPackage().revert();
        } finally {
            sheetData.forEach(SpillBuffer::deleteQuietly);
        }
    }
}
