package io.ledgerline.report.xlsx;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Bytes kept in memory while they are few, moved to a temporary file once they pass a limit: a report's small sheets
 * never touch the disk (creating and deleting a temporary file per sheet was most of the time of writing the regulator
 * workbook), while a million-row timeline still streams through a small heap. Written once, then read once.
 */
final class SpillBuffer extends OutputStream {

    private final int limit;
    private Bytes memory = new Bytes();
    private Path file;
    private OutputStream fileOut;

    /** @param limit the most bytes held in memory */
    SpillBuffer(int limit) {
        this.limit = limit;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (fileOut == null && memory.size() + len > limit) {
            spill();
        }
        if (fileOut != null) {
            fileOut.write(b, off, len);
        } else {
            memory.write(b, off, len);
        }
    }

    private void spill() throws IOException {
        file = Files.createTempFile("ledgerline-sheet", ".xml");
        fileOut = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024);
        memory.writeTo(fileOut);
        memory = null;
    }

    @Override
    public void flush() throws IOException {
        if (fileOut != null) {
            fileOut.flush();
        }
    }

    /** Ends writing; may be called more than once. */
    @Override
    public void close() throws IOException {
        if (fileOut != null) {
            fileOut.close();
        }
    }

    /** What was written (call {@link #close()} first). */
    InputStream input() throws IOException {
        return file == null ? memory.input() : Files.newInputStream(file);
    }

    /** The temporary file the bytes went to, if they passed the limit. */
    Optional<Path> spillFile() {
        return Optional.ofNullable(file);
    }

    /** Removes the temporary file, if any; a file that cannot be removed is logged, not thrown. */
    void deleteQuietly() {
        try {
            close();
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(SpillBuffer.class).warn("Cannot remove {}", file, e);
        }
    }

    /** Reads the buffer in place rather than copying it. */
    private static final class Bytes extends ByteArrayOutputStream {
        Bytes() {
            super(8 * 1024);
        }

        InputStream input() {
            return new ByteArrayInputStream(buf, 0, count);
        }
    }
}
