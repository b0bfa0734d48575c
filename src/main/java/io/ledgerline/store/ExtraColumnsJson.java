package io.ledgerline.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerline.domain.LedgerlineException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Unknown columns of a row, kept as a JSON object in the case (column order preserved). */
final class ExtraColumnsJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, String>> MAP_TYPE = new TypeReference<>() {
    };

    private ExtraColumnsJson() {
    }

    static String write(Map<String, String> extra) {
        if (extra == null || extra.isEmpty()) {
            return null;
        }
        try {
            return MAPPER.writeValueAsString(extra);
        } catch (JsonProcessingException e) {
            throw new LedgerlineException("Cannot store extra columns: " + e.getOriginalMessage(), e);
        }
    }

    static Map<String, String> read(String json) {
        if (json == null || json.isEmpty()) {
            return Map.of();
        }
        try {
            return MAPPER.readValue(json, MAP_TYPE);
        } catch (JsonProcessingException e) {
            throw new LedgerlineException("The case holds unreadable extra columns: " + e.getOriginalMessage(), e);
        }
    }
}
