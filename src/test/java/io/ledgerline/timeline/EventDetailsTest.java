package io.ledgerline.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerline.domain.Category;
import io.ledgerline.domain.Event;
import io.ledgerline.domain.Outcome;
import io.ledgerline.store.StoredEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventDetailsTest {

    @Test
    void showsEveryPresentFieldTheOriginalTimeExtrasAndTheSource() {
        Event e = new Event("E2", "ACC-1", Instant.parse("2024-05-30T13:14:03.250Z"), "2024-05-30T21:14:03.250+08:00",
                "WITHDRAWAL", Category.FUNDS, Outcome.SUCCESS, "10.0.0.1", null, null, null, null, "BTC",
                new BigDecimal("0.50"), null, "bc1qx", null, null, null, "{\"score\":0.4}", Map.of("risk", "high"),
                3);
        String text = EventDetails.text(new StoredEvent(7, e, "events.csv"));
        assertTrue(text.contains("2024-05-30T13:14:03.250Z  (as exported: 2024-05-30T21:14:03.250+08:00)"), text);
        assertTrue(text.contains("amount       0.50"), text);
        assertTrue(text.contains("details      {\"score\":0.4}"), text);
        assertTrue(text.contains("risk (extra column) high"), text);
        assertTrue(text.contains("source       events.csv:3"), text);
        assertTrue(!text.contains("device_id"), "absent fields are left out: " + text);
        assertEquals("", EventDetails.text(null));
    }
}
