package io.ledgerline.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerline.analysis.AccountRuleHits;
import io.ledgerline.analysis.PlaybookSettings;
import io.ledgerline.domain.Annotation;
import io.ledgerline.domain.AnnotationKind;
import io.ledgerline.domain.Category;
import io.ledgerline.domain.LegalRequest;
import io.ledgerline.domain.Verification;
import io.ledgerline.domain.Event;
import io.ledgerline.domain.EventFacts;
import io.ledgerline.domain.Outcome;
import io.ledgerline.store.StoredEvent;
import io.ledgerline.store.TimelineEntry;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

    @Test
    void onATimelineAddsFindingsTheLinkedLegalRequestTagsAndNotes() {
        Instant at = Instant.parse("2024-05-24T08:46:42Z");
        Event disclosure = new Event("E1", "ACC-1", at, "2024-05-24T08:46:42Z", "DATA_DISCLOSURE",
                Category.SUPPORT_LEGAL, Outcome.SUCCESS, null, null, null, null, null, null, null, null, null, null,
                null, "LR-7", null, Map.of(), 2);
        LegalRequest request = new LegalRequest("LR-7", at.minusSeconds(86_400), "2024-05-23T08:46:42Z",
                "Bezirksgericht Nord", "DE", "DOC-91", "name, phone, email", List.of("ACC-1"), "ACC-1", at,
                "2024-05-24T08:46:42Z", Verification.FORGED, "letterhead does not match", Map.of(), 2);
        EventFacts facts = new EventFacts("E1", "ACC-1", at, "DATA_DISCLOSURE", Outcome.SUCCESS, null,
                null, null, null, null, null, "LR-7");
        AccountTimeline timeline = new AccountTimeline("ACC-1", List.of(
                new TimelineEntry(1, facts, null)), new TimelineFindings(Optional.empty(),
                Set.of(), AccountRuleHits.of(List.of(facts),
                        PlaybookSettings.defaults(), Map.of("LR-7", Verification.FORGED)),
                Map.of("LR-7", request)));
        TimelineScene scene = new TimelineScene(timeline, Annotations.of(List.of(
                new Annotation("E1", AnnotationKind.TAG, "forged order", "ana", at),
                new Annotation("E1", AnnotationKind.NOTE, "court confirmed it never issued DOC-91", "ana", at))),
                EventFilter.ALL);
        String text = EventDetails.text(new StoredEvent(1, disclosure, "events.csv"), scene);
        assertTrue(text.contains("R4           disclosure under an unsafe request"), text);
        assertTrue(text.contains("data disclosed · LR-7 (forged)"), text);
        assertTrue(text.contains("Bezirksgericht Nord (DE)"), text);
        assertTrue(text.contains("DOC-91"), text);
        assertTrue(text.contains("tags         forged order"), text);
        assertTrue(text.contains("court confirmed it never issued DOC-91  (ana, 2024-05-24T08:46:42Z)"), text);
    }
}
