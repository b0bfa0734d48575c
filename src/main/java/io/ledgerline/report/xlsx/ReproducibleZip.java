package io.ledgerline.report.xlsx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.openxml4j.util.ZipEntrySource;

/**
 * The workbook's own parts (content types, styles, sheet settings, pictures), read from the zip POI wrote them to, as
 * the source of the final zip, so that the same workbook gives the same bytes: in the order POI wrote them (its own
 * reader of such a zip hands them on in hash order), each stamped at one fixed time. POI's default final zip writer
 * (always Zip64) stamps no time at all; the fixed time keeps the bytes the same should a writer that does be used.
 */
final class ReproducibleZip implements ZipEntrySource {

    /** The zip format's earliest time. */
    private static final long FIXED_TIME = LocalDateTime.of(1980, 1, 1, 0, 0).atZone(ZoneId.systemDefault())
            .toInstant().toEpochMilli();

    private final Map<String, ZipArchiveEntry> entries = new LinkedHashMap<>();
    private final Map<String, byte[]> content = new LinkedHashMap<>();
    private boolean closed;

    private ReproducibleZip() {
    }

    /** Reads every entry of {@code zip} (a small zip: it is held in memory). */
    static ReproducibleZip read(InputStream zip) throws IOException {
        ReproducibleZip parts = new ReproducibleZip();
        try (ZipArchiveInputStream in = new ZipArchiveInputStream(zip)) {
            for (ZipArchiveEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                ZipArchiveEntry entry = new ZipArchiveEntry(e.getName());
                entry.setSize(bytes.length);
                // DOS time fields are local time: the same fields (so the same bytes) in every zone
                entry.setTime(FIXED_TIME);
                parts.entries.put(e.getName(), entry);
                parts.content.put(e.getName(), bytes);
            }
        }
        return parts;
    }

    @Override
    public Enumeration<? extends ZipArchiveEntry> getEntries() {
        return Collections.enumeration(entries.values());
    }

    @Override
    public ZipArchiveEntry getEntry(String path) {
        return entries.get(path);
    }

    @Override
    public InputStream getInputStream(ZipArchiveEntry entry) {
        byte[] bytes = content.get(entry.getName());
        return bytes == null ? null : new ByteArrayInputStream(bytes);
    }

    @Override
    public void close() {
        closed = true;
        entries.clear();
        content.clear();
    }

    @Override
    public boolean isClosed() {
        return closed;
    }
}
