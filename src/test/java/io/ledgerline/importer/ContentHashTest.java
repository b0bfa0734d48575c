package io.ledgerline.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Content hashes are stored in every case: a faster computation must give the very same hex. */
class ContentHashTest {

    private static Map<String, String> event() {
        Map<String, String> values = new HashMap<>();
        values.put("event_id", "E1");
        values.put("account_id", "ACC-1");
        values.put("occurred_at", "2024-05-30T14:00:00Z");
        values.put("type", "LOGIN");
        values.put("details", "{\"a\":\"\u00fc\u20ac\uD83D\uDE00\"}");
        values.put("ip", "");
        return values;
    }

    @Test
    void isTheHashRecordedInEarlierCases() {
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put("zeta", "z");
        extra.put("alpha", "");
        extra.put("mid", "\u00f6");
        // computed by the field-by-field implementation this one replaced
        assertEquals("f79e53b2ffda1546d477702bdc5414d77596e9decf9ab05287a34c0b7f8251c7",
                ContentHash.of(event(), extra, FileColumns.EVENTS));
        assertEquals("e736d622bee0d337a8cdde1b3bff55476d5dc25ba4b353cfb27bbfcbc23e7790",
                ContentHash.of(Map.of(), Map.of("message", "x".repeat(5000)), List.of()));
    }

    @Test
    void anEmptyValueIsAbsentAndExtraColumnsCountWhateverTheirOrder() {
        Map<String, String> withEmpty = event();
        Map<String, String> without = event();
        without.remove("ip");
        assertEquals(ContentHash.of(withEmpty, Map.of(), FileColumns.EVENTS),
                ContentHash.of(without, Map.of(), FileColumns.EVENTS));
        Map<String, String> ab = new LinkedHashMap<>();
        ab.put("a", "1");
        ab.put("b", "2");
        Map<String, String> ba = new LinkedHashMap<>();
        ba.put("b", "2");
        ba.put("a", "1");
        assertEquals(ContentHash.of(event(), ab, FileColumns.EVENTS), ContentHash.of(event(), ba, FileColumns.EVENTS));
        assertNotEquals(ContentHash.of(event(), ab, FileColumns.EVENTS),
                ContentHash.of(event(), Map.of(), FileColumns.EVENTS));
    }
}
