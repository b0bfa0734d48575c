package io.ledgerline.importer.read;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/** RFC 4180 CSV with a header row (commons-csv), one {@link SourceRow} per record. */
public final class CsvRowSource implements RowSource {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(false)
            .setAllowMissingColumnNames(false)
            .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
            // keep text after a closing quote in the field; by default commons-csv drops spaces there silently
            .setTrailingData(true)
            .get();
    private static final CSVFormat RAW = CSVFormat.RFC4180.builder().setRecordSeparator("").get();

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header;
    private final Map<String, Integer> headerIndex = new HashMap<>();
    private final RowSizeGuard guard;
    private final CapturingReader capture;

    public CsvRowSource(Reader reader, int maxRowChars) throws IOException {
        this.guard = new RowSizeGuard(reader, maxRowChars);
        this.capture = new CapturingReader(guard);
        try {
            this.parser = CSVParser.builder().setReader(capture).setFormat(FORMAT).get();
        } catch (IllegalArgumentException e) {
            throw new MalformedFileException(1, "bad header row: " + e.getMessage());
        } catch (RowSizeGuard.RowTooLongException tooLong) {
            throw new MalformedFileException(1, "header: " + tooLong.getMessage());
        } catch (StrictUtf8Reader.InvalidUtf8Exception | java.util.zip.ZipException passOn) {
            throw passOn;
        } catch (org.apache.commons.csv.CSVException e) {
            throw new MalformedFileException(1, "bad header row: " + e.getMessage());
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof RowSizeGuard.RowTooLongException tooLong) {
                throw new MalformedFileException(1, "header: " + tooLong.getMessage());
            }
            throw e.getCause();
        }
        guard.rowEnded();
        if (capture.endsWithLoneCarriageReturn(0)) {
            // checked once, on the header: a file written with lone CRs uses them throughout
            throw new MalformedFileException(1, "lines end with a lone CR; the contract allows LF or CRLF");
        }
        this.header = List.copyOf(parser.getHeaderNames());
        for (int i = 0; i < header.size(); i++) {
            headerIndex.put(header.get(i), i);
        }
        this.records = parser.iterator();
    }

    @Override
    public List<String> columns() {
        return header;
    }

    @Override
    public SourceRow next() throws IOException {
        long line = parser.getCurrentLineNumber() + 1;
        CSVRecord record;
        try {
            if (!records.hasNext()) {
                return null;
            }
            record = records.next();
        } catch (UncheckedIOException e) {
            // commons-csv wraps reader failures, such as invalid UTF-8, and unclosed quotes
            if (e.getCause() instanceof StrictUtf8Reader.InvalidUtf8Exception bad) {
                throw bad;
            }
            if (e.getCause() instanceof RowSizeGuard.RowTooLongException tooLong) {
                throw new MalformedFileException(line, tooLong.getMessage());
            }
            throw new MalformedFileException(line, "cannot read the CSV from here on: " + rootMessage(e));
        }
        guard.rowEnded();
        long start = record.getCharacterPosition();
        capture.advancedTo(start);
        String verbatim = capture.recordAt(start);
        Supplier<String> raw = () -> verbatim != null ? verbatim : render(record);
        String quoting = verbatim == null ? null : Rfc4180Quotes.problem(verbatim);
        if (quoting != null) {
            return new SourceRow(line, RowValues.NONE, raw, quoting);
        }
        if (record.size() != header.size()) {
            String problem = record.size() == 1 && record.get(0).isEmpty()
                    ? "empty line: expected " + header.size() + " fields"
                    : "has " + record.size() + " fields, the header has " + header.size();
            return new SourceRow(line, RowValues.NONE, raw, problem);
        }
        return new SourceRow(line, RowValues.of(headerIndex, header, record.values()), raw, null);
    }

    /** The record as RFC 4180 text again: the same fields, quoted where they need it. */
    private static String render(CSVRecord record) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, RAW)) {
            printer.printRecord(record.values());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
