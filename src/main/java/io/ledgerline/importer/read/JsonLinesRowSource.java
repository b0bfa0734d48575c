package io.ledgerline.importer.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * JSON Lines: one object per line, with the same field names as the CSV form. Each value is taken as the exporter
 * wrote it: a number keeps its literal text (so {@code 1e-3} or {@code -0.0} meet the amount rules instead of being
 * converted, and {@code 1e999999999} is never expanded), a nested object or array its exact JSON text. A repeated key
 * or anything after the object refuses the line: either would silently lose what the exporter sent.
 */
public final class JsonLinesRowSource implements RowSource {

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final BufferedReader reader;
    private final RowSizeGuard guard;
    private final Set<String> columnsSeen = new LinkedHashSet<>();
    private long line;

    public JsonLinesRowSource(Reader reader, int maxRowChars) {
        this.guard = new RowSizeGuard(reader, maxRowChars);
        this.reader = new BufferedReader(guard, 64 * 1024);
    }

    @Override
    public List<String> columns() {
        return new ArrayList<>(columnsSeen);
    }

    @Override
    public SourceRow next() throws IOException {
        String text;
        try {
            text = reader.readLine();
        } catch (RowSizeGuard.RowTooLongException tooLong) {
            throw new MalformedFileException(line + 1, tooLong.getMessage());
        }
        if (text == null) {
            return null;
        }
        line++;
        guard.rowEnded();
        if (text.isBlank()) {
            return new SourceRow(line, RowValues.NONE, () -> text, "empty line: expected a JSON object");
        }
        try {
            Map<String, String> values = parseObject(text);
            if (values == null) {
                return new SourceRow(line, RowValues.NONE, () -> text, "not a JSON object");
            }
            columnsSeen.addAll(values.keySet());
            return new SourceRow(line, RowValues.of(values), () -> text, null);
        } catch (JsonProcessingException e) {
            return new SourceRow(line, RowValues.NONE, () -> text, "not valid JSON: " + e.getOriginalMessage());
        }
    }

    /** The object's fields as text, or null when the line holds another JSON value. */
    private static Map<String, String> parseObject(String text) throws IOException {
        try (JsonParser parser = JSON.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            Map<String, String> values = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                values.put(name, textOf(parser, value, text));
            }
            if (parser.nextToken() != null) {
                throw new JsonProcessingException("text after the JSON object", parser.currentLocation()) {
                };
            }
            return values;
        }
    }

    private static String textOf(JsonParser parser, JsonToken token, String line) throws IOException {
        switch (token) {
            case VALUE_NULL:
                return "";
            case START_OBJECT:
            case START_ARRAY:
                int start = (int) parser.currentTokenLocation().getCharOffset();
                parser.skipChildren();
                int end = (int) parser.currentLocation().getCharOffset();
                return line.substring(start, end);
            default:
                // strings unescaped; numbers, true and false exactly as written
                return parser.getText();
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
