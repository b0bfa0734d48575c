package io.ledgerline.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerline.domain.LedgerlineException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one canonical serialisation of Ledgerline's audit trail (docs/decisions/0004-canonical-serialisation.md): JSON
 * without whitespace, UTF-8, object keys sorted (by {@link String#compareTo}), integers as JSON numbers, every decimal
 * (money) as a string of its plain text, times as RFC 3339 UTC strings, null kept. Floating point is refused: no value
 * that is hashed or signed may depend on binary rounding.
 */
public final class Canonical {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Canonical() {
    }

    /** The canonical JSON text of {@code value} (maps, lists, strings, integers, decimals, instants, booleans). */
    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(normalize(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("canonical JSON of plain values cannot fail", e);
        }
    }

    public static byte[] bytes(Object value) {
        return json(value).getBytes(StandardCharsets.UTF_8);
    }

    /** Canonical JSON read back into plain values (maps, lists, strings, longs, booleans), or null for null. */
    public static Object parse(String json) {
        if (json == null) {
            return null;
        }
        try {
            return normalizeParsed(JSON.readValue(json, Object.class));
        } catch (JsonProcessingException e) {
            throw new LedgerlineException("Not canonical JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** {@link #parse} of a JSON object. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> parseObject(String json) {
        Object value = parse(json);
        if (value != null && !(value instanceof Map)) {
            throw new LedgerlineException("Not a JSON object: " + json);
        }
        return (Map<String, Object>) value;
    }

    private static Object normalize(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Long) {
            return value;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof BigInteger) {
            return ((Number) value).longValue();
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Instant i) {
            return i.toString();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> sorted = new TreeMap<>();
            map.forEach((k, v) -> sorted.put(String.valueOf(k), normalize(v)));
            return sorted;
        }
        if (value instanceof Collection<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(v -> out.add(normalize(v)));
            return out;
        }
        throw new IllegalArgumentException("no canonical form for a " + value.getClass().getSimpleName());
    }

    /** As {@link #normalize}, but a parsed fraction (which no canonical text holds) is kept as its text. */
    private static Object normalizeParsed(Object value) {
        if (value instanceof Double || value instanceof Float) {
            return value.toString();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> sorted = new TreeMap<>();
            map.forEach((k, v) -> sorted.put(String.valueOf(k), normalizeParsed(v)));
            return sorted;
        }
        if (value instanceof Collection<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(v -> out.add(normalizeParsed(v)));
            return out;
        }
        return normalize(value);
    }
}
