package io.ledgerline.report.xlsx;

import io.ledgerline.domain.LedgerlineException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * A streaming workbook (POI SXSSF): only a window of rows per sheet is in memory as cells; flushed rows are kept as
 * XML in memory while the sheet is small and moved to a temporary file once it is not ({@link SpillBuffer}), so a
 * sheet of a million rows fits in a small heap and a dozen small sheets never touch the disk. Sheets are written one
 * after another, rows top to bottom. Not thread-safe; one report job at a time.
 */
public final class WorkbookWriter implements AutoCloseable {

    /** Rows kept in memory per sheet before they are flushed. */
    private static final int ROW_WINDOW = 200;

    private final StreamingWorkbook workbook;
    private final Styles styles;
    private final DocumentInfo info;

    public WorkbookWriter(DocumentInfo info) {
        this(info, StreamingWorkbook.SHEET_BYTES_IN_MEMORY);
    }

    /** @param sheetBytesInMemory the XML a sheet keeps in memory before it goes to a temporary file */
    WorkbookWriter(DocumentInfo info, int sheetBytesInMemory) {
        this.workbook = new StreamingWorkbook(ROW_WINDOW, sheetBytesInMemory);
        this.styles = new Styles(workbook);
        this.info = info;
        POIXMLProperties properties = workbook.getXSSFWorkbook().getProperties();
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        core.setTitle(info.title());
        core.setSubjectProperty(info.subject());
        core.setCreator(info.author());
        core.setLastModifiedByUser(info.author());
        core.setCreated(Optional.of(Date.from(info.createdAt())));
        core.setModified(Optional.of(Date.from(info.createdAt())));
        properties.getExtendedProperties().getUnderlyingProperties().setCompany(info.company());
    }

    /**
     * Starts a sheet: a title row, a subtitle row, then whatever the caller writes.
     *
     * @param name the tab's name (at most 31 characters)
     */
    public SheetWriter sheet(String name, String title, String subtitle) {
        SXSSFSheet sheet = workbook.createSheet(name);
        return new SheetWriter(this, sheet, title, subtitle);
    }

    Styles styles() {
        return styles;
    }

    DocumentInfo info() {
        return info;
    }

    Workbook workbook() {
        return workbook;
    }

    int addPng(byte[] png) {
        return workbook.addPicture(png, Workbook.PICTURE_TYPE_PNG);
    }

    /**
     * Writes the workbook to {@code target} (replacing it), the same bytes for the same workbook; a failed write leaves
     * no {@code target} behind.
     */
    public void write(Path target) {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 64 * 1024)) {
            workbook.writeTo(out);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(target);
            throw new LedgerlineException("Cannot write the workbook " + target + ": " + e.getMessage(), e);
        }
    }

    /** Removes the temporary files of the streamed sheets. */
    @Override
    public void close() {
        workbook.discard();
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // the write has failed already; that error is the one to report
            org.slf4j.LoggerFactory.getLogger(WorkbookWriter.class).warn("Cannot remove {}", file, e);
        }
    }
}
