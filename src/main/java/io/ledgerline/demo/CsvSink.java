package io.ledgerline.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes one CSV file of the bundle (RFC 4180, UTF-8 without BOM, LF line ends) and hashes and counts it on the way
 * out, so the manifest never needs a second read of a file that may be gigabytes long.
 */
final class CsvSink {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private final String name;
    private final MessageDigest digest;
    private final CSVPrinter printer;
    private long rows;

    CsvSink(String name, OutputStream target, List<String> header) throws IOException {
        this.name = name;
        this.digest = sha256();
        OutputStream hashed = new DigestOutputStream(target, digest);
        this.printer = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(hashed, StandardCharsets.UTF_8),
                1 << 16), FORMAT);
        printer.printRecord(header);
    }

    /** One data row; null values are written as empty fields (absent, in the contract's words). */
    void row(Object... values) throws IOException {
        printer.printRecord(values);
        rows++;
    }

    /** Flushes and closes the file; the result is what the manifest lists for it. */
    BundleFile finish() throws IOException {
        printer.close(true);
        return new BundleFile(name, HexFormat.of().formatHex(digest.digest()), rows);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
