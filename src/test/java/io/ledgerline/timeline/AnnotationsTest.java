package io.ledgerline.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ledgerline.domain.Annotation;
import io.ledgerline.domain.AnnotationKind;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AnnotationsTest {

    private static Annotation row(String event, AnnotationKind kind, String text) {
        return new Annotation(event, kind, text, "ana", Instant.parse("2024-06-01T09:00:00Z"));
    }

    @Test
    void aTagStandsUntilALaterUntagAndCanBePutBackAgain() {
        Annotations a = Annotations.of(List.of(row("E1", AnnotationKind.TAG, "attacker"),
                row("E1", AnnotationKind.TAG, "phone swap"), row("E1", AnnotationKind.UNTAG, "attacker"),
                row("E2", AnnotationKind.TAG, "attacker")));
        assertEquals(Set.of("phone swap"), a.tags("E1"));
        assertEquals(Set.of("attacker", "phone swap"), a.allTags());
        Annotations again = Annotations.of(List.of(row("E1", AnnotationKind.TAG, "attacker"),
                row("E1", AnnotationKind.UNTAG, "attacker"), row("E1", AnnotationKind.TAG, "attacker")));
        assertEquals(Set.of("attacker"), again.tags("E1"));
        assertEquals(Set.of(), again.tags("E9"));
    }

    @Test
    void notesAreKeptInOrderWithWhoWroteThem() {
        Annotations a = Annotations.of(List.of(row("E1", AnnotationKind.NOTE, "first"),
                row("E1", AnnotationKind.NOTE, "second")));
        assertEquals(List.of("first", "second"), a.notes("E1").stream().map(Annotation::text).toList());
        assertEquals("ana", a.notes("E1").get(0).investigator());
    }
}
