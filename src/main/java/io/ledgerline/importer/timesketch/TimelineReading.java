package io.ledgerline.importer.timesketch;

import io.ledgerline.domain.ImportProblem;
import io.ledgerline.domain.InputRefusedException;
import io.ledgerline.importer.bundle.DecompressionBudget;
import io.ledgerline.importer.bundle.ImportLimits;
import io.ledgerline.importer.read.MalformedFileException;
import io.ledgerline.importer.read.RowSource;
import io.ledgerline.importer.read.RowSources;
import io.ledgerline.importer.read.SourceRow;
import io.ledgerline.importer.read.StrictUtf8Reader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipException;

/**
 * One pass over a timeline file: hashes its bytes (SHA-256 of the file as stored, compressed or not) while handing
 * each row to a consumer, and turns a fault that stops reading into a refusal naming file and line.
 */
final class TimelineReading {

    private TimelineReading() {
    }

    /** What a pass saw of the file. */
    record Pass(String sha256, long sizeBytes, long rows) {
    }

    static Pass read(TimelineFile file, Consumer<SourceRow> rows) {
        MessageDigest digest = sha256();
        long count = 0;
        try (InputStream raw = Files.newInputStream(file.path());
                DigestInputStream hashed = new DigestInputStream(raw, digest)) {
            ImportLimits limits = ImportLimits.DEFAULT;
            try (RowSource source = RowSources.open(hashed, file.name(), file.gzip(), file.jsonLines(),
                    Files.size(file.path()), new DecompressionBudget(limits.maxDecompressedBytes()), limits)) {
                SourceRow row;
                while ((row = source.next()) != null) {
                    count++;
                    rows.accept(row);
                }
            } catch (MalformedFileException e) {
                throw refused(file, e.line(), e.getMessage());
            } catch (StrictUtf8Reader.InvalidUtf8Exception e) {
                throw refused(file, e.line(), "is not valid UTF-8 (first bad byte on this line)");
            } catch (ZipException e) {
                throw refused(file, 0, "is not a valid gzip file: " + e.getMessage());
            }
            return new Pass(HexFormat.of().formatHex(digest.digest()), Files.size(file.path()), count);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file.path() + ": " + e.getMessage(), e);
        }
    }

    /** SHA-256 and size of the file's bytes, without parsing them. */
    static Pass hash(TimelineFile file) {
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file.path()), digest)) {
            long size = in.transferTo(OutputStream.nullOutputStream());
            return new Pass(HexFormat.of().formatHex(digest.digest()), size, -1);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file.path() + ": " + e.getMessage(), e);
        }
    }

    static InputRefusedException refused(TimelineFile file, long line, String reason) {
        return refused(file.name(), List.of(new ImportProblem(file.name(), line, null, reason)), 1);
    }

    static InputRefusedException refused(String fileName, List<ImportProblem> listed, long total) {
        return new InputRefusedException(fileName + " was refused: " + total + " problem" + (total == 1 ? "" : "s")
                + "; the case is unchanged.", listed, total - listed.size());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
