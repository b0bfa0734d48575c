package io.ledgerline.report.xlsx;

import io.ledgerline.domain.LedgerlineException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A streaming workbook (POI SXSSF): only a window of rows per sheet is in memory, the rest is flushed to a temporary
 * file, so a sheet of a million rows fits in a small heap. Sheets are written one after another, rows top to bottom.
 * Not thread-safe; one report job at a time.
 */
public final class WorkbookWriter implements AutoCloseable {

    /** Rows kept in memory per sheet before they are flushed. */
    private static final int ROW_WINDOW = 200;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW);
    private final Styles styles = new Styles(workbook);
    private final DocumentInfo info;

    public WorkbookWriter(DocumentInfo info) {
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

    /** Writes the workbook to {@code target} (replacing it), with fixed zip entry times. */
    public void write(Path target) {
        Path raw = target.resolveSibling(target.getFileName() + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(raw)) {
                workbook.write(out);
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                ReproducibleZip.copy(raw, out);
            }
        } catch (IOException e) {
            throw new LedgerlineException("Cannot write the workbook " + target + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(raw);
            } catch (IOException e) {
                // a leftover .part file is harmless; the report itself was written or has failed already
                org.slf4j.LoggerFactory.getLogger(WorkbookWriter.class).warn("Cannot remove {}", raw, e);
            }
        }
    }

    /** Removes the temporary files of the streamed sheets. */
    @Override
    public void close() {
        workbook.dispose();
        try {
            workbook.close();
        } catch (IOException e) {
            throw new LedgerlineException("Cannot close the workbook: " + e.getMessage(), e);
        }
    }
}
