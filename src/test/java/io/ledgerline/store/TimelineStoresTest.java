package io.ledgerline.store;

import io.ledgerline.testing.CaseEngine;
import io.ledgerline.testing.OnBothEngines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerline.domain.Annotation;
import io.ledgerline.domain.AnnotationKind;
import io.ledgerline.testing.ReviewCase;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

class TimelineStoresTest {

    @TempDir
    Path dir;

    @OnBothEngines
    void readsAnAccountsEventsLeanInTimeOrderAndOneEventInFull(CaseEngine engine) {
        try (CaseFile c = CaseEngine.open(ReviewCase.create(dir, engine))) {
            List<TimelineEntry> entries = new TimelineStore(c).entries("ACC-1");
            assertEquals(List.of("E1", "E2", "E3", "E4", "E5"),
                    entries.stream().map(e -> e.facts().eventId()).toList());
            TimelineEntry e4 = entries.get(3);
            assertEquals(new BigDecimal("0.5"), e4.facts().amount());
            assertEquals("drop", e4.facts().address());
            StoredEvent full = new TimelineStore(c).event(e4.rowId()).orElseThrow();
            assertEquals("E4", full.event().eventId());
            assertEquals("events.csv", full.sourceFile());
            assertEquals(5, full.event().sourceLine());
            assertTrue(new TimelineStore(c).entries("ACC-404").isEmpty());
        }
    }

    @OnBothEngines
    void annotationsAreReadPerAccountAndCannotBeEditedOrDeleted(CaseEngine engine) {
        try (CaseFile c = CaseEngine.open(ReviewCase.create(dir, engine))) {
            AnnotationStore store = new AnnotationStore(c);
            Instant at = Instant.parse("2024-06-10T12:00:00Z");
            c.write(tx -> AnnotationStore.add(tx, new Annotation("E4", AnnotationKind.TAG, "drop address", "ana", at)));
            c.write(tx -> AnnotationStore.add(tx, new Annotation("E6", AnnotationKind.NOTE, "other account", "ana",
                    at)));
            assertEquals(List.of(new Annotation("E4", AnnotationKind.TAG, "drop address", "ana", at)),
                    store.ofAccount("ACC-1"));
            Exception update = assertThrows(Exception.class,
                    () -> c.dsl().execute("UPDATE event_annotations SET text = 'x'"));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            Exception delete = assertThrows(Exception.class, () -> c.dsl().execute("DELETE FROM event_annotations"));
            assertTrue(delete.getMessage().contains("append-only"), delete.getMessage());
            assertThrows(Exception.class, () -> c.write(tx -> AnnotationStore.add(tx,
                    new Annotation("E4", AnnotationKind.NOTE, "  ", "ana", at))), "blank text");
        }
    }
}
