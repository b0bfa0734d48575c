package io.ledgerline.importer.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;

/** {@code details} holds one JSON object as text. */
public final class JsonObjectCheck implements FieldCheck {

    private static final ObjectMapper MAPPER = new ObjectMapper();

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
