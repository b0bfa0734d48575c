package io.ledgerline.importer.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Optional;

/** {@code details} holds one JSON object as text. */
public final class JsonObjectCheck implements FieldCheck {

    // Strict: a repeated key or text after the value would otherwise be dropped without a word.
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    @Override
    public Optional<String> problemWith(String value) {
        try {
            JsonNode node = MAPPER.readTree(value);
            if (node == null || !node.isObject()) {
                return Optional.of("is not a JSON object");
            }
            return Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.of("is not valid JSON: " + e.getOriginalMessage());
        }
    }
}
