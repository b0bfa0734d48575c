package io.ledgerline.demo;

import io.ledgerline.domain.LedgerlineException;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A bundle as one zip, files at its root. Entry times are fixed so that the same seed gives the same bytes. */
final class ZipTarget implements BundleTarget {

    private static final Logger LOG = LoggerFactory.getLogger(ZipTarget.class);
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2024, 6, 12, 8, 0);

    private final Path file;
    private final ZipOutputStream zip;

    private ZipTarget(Path file, ZipOutputStream zip) {
        this.file = file;
        this.zip = zip;
    }

    static ZipTarget create(Path file) throws IOException {
        if (Files.isDirectory(file) || (Files.exists(file) && Files.size(file) > 0)) {
            throw new LedgerlineException(file + " already exists: choose a new file name for the demo zip.");
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        return new ZipTarget(file, new ZipOutputStream(new BufferedOutputStream(out, 1 << 16)));
    }

    @Override
    public OutputStream create(String fileName) throws IOException {
        ZipEntry entry = new ZipEntry(fileName);
        entry.setTimeLocal(ENTRY_TIME);
        zip.putNextEntry(entry);
        return new FilterOutputStream(zip) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void close() throws IOException {
                zip.closeEntry(); // the zip itself stays open for the next file
            }
        };
    }

    @Override
    public void discard() {
        try {
            zip.close();
        } catch (IOException e) {
            LOG.debug("Closing the partial demo zip {} failed; deleting it anyway", file, e);
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not remove the partial demo zip {}", file, e);
        }
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
