package io.ledgerline.report.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Enumeration;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Copies an .xlsx (a zip) with every entry stamped at one fixed time: POI stamps entries with the clock, so two writes
 * of the same workbook would differ in bytes. Entries are copied as compressed (never inflated and deflated again),
 * in the order written, with their content unchanged.
 */
final class ReproducibleZip {

    /** The zip format's earliest time. */
    private static final long FIXED_TIME = LocalDateTime.of(1980, 1, 1, 0, 0).atZone(ZoneId.systemDefault())
            .toInstant().toEpochMilli();

    private ReproducibleZip() {
    }

    static void copy(Path from, OutputStream to) throws IOException {
        try (ZipFile in = ZipFile.builder().setPath(from).get();
                ZipArchiveOutputStream out = new ZipArchiveOutputStream(to)) {
            Enumeration<ZipArchiveEntry> entries = in.getEntriesInPhysicalOrder();
            while (entries.hasMoreElements()) {
                ZipArchiveEntry entry = entries.nextElement();
                ZipArchiveEntry copy = new ZipArchiveEntry(entry.getName());
                copy.setMethod(entry.getMethod());
                copy.setCrc(entry.getCrc());
                copy.setSize(entry.getSize());
                copy.setCompressedSize(entry.getCompressedSize());
                // DOS time fields are local time: the same fields (so the same bytes) in every zone
                copy.setTime(FIXED_TIME);
                try (InputStream raw = in.getRawInputStream(entry)) {
                    out.addRawArchiveEntry(copy, raw);
                }
            }
        }
    }
}
