package io.ledgerline.importer.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * JSON Lines: one object per line, with the same field names as the CSV form. Values are taken as the text the
 * exporter wrote (a number keeps its exact digits); a nested object or array is kept as JSON text.
 */
public final class JsonLinesRowSource implements RowSource {

    // Floats are read as exact decimals: a double would silently change an amount's digits.
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
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
        JsonNode node;
        try {
            node = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            return new SourceRow(line, RowValues.NONE, () -> text, "not valid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            return new SourceRow(line, RowValues.NONE, () -> text, "not a JSON object");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            columnsSeen.add(field.getKey());
            values.put(field.getKey(), textOf(field.getValue()));
        }
        return new SourceRow(line, RowValues.of(values), () -> text, null);
    }

    private static String textOf(JsonNode value) {
        if (value.isNull()) {
            return "";
        }
        if (value.isContainerNode()) {
            return value.toString();
        }
        if (value.isBigDecimal()) {
            return value.decimalValue().toPlainString();
        }
        return value.asText();
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
