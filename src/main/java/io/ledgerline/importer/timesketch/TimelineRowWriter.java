package io.ledgerline.importer.timesketch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes timeline rows as RFC 4180 CSV (LF line ends) or as JSON Lines; every value is text. */
interface TimelineRowWriter extends AutoCloseable {

    /** Writes one row; a column the row lacks is written empty (CSV) or left out (JSON Lines). */
    void write(Map<String, String> row) throws IOException;

    @Override
    void close() throws IOException;

    static TimelineRowWriter open(Writer out, List<String> columns, boolean jsonLines) throws IOException {
        return jsonLines ? new JsonLines(out, columns) : new Csv(out, columns);
    }

    /** Timesketch's CSV importer wants a header and quoting as RFC 4180 says; LF, since it is read on Linux. */
    final class Csv implements TimelineRowWriter {
        private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

        private final CSVPrinter printer;
        private final List<String> columns;

        Csv(Writer out, List<String> columns) throws IOException {
            this.printer = new CSVPrinter(out, FORMAT);
            this.columns = columns;
            printer.printRecord(columns);
        }

        @Override
        public void write(Map<String, String> row) throws IOException {
            for (String column : columns) {
                printer.print(row.getOrDefault(column, ""));
            }
            printer.println();
        }

        @Override
        public void close() throws IOException {
            printer.close(true);
        }
    }

    /** One object per line, fields in column order, absent values left out. */
    final class JsonLines implements TimelineRowWriter {
        private static final ObjectMapper JSON = new ObjectMapper();

        private final Writer out;
        private final List<String> columns;

        JsonLines(Writer out, List<String> columns) {
            this.out = out;
            this.columns = columns;
        }

        @Override
        public void write(Map<String, String> row) throws IOException {
            ObjectNode node = JSON.createObjectNode();
            for (String column : columns) {
                String value = row.get(column);
                if (value != null) {
                    node.put(column, value);
                }
            }
            out.write(JSON.writeValueAsString(node));
            out.write('\n');
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
