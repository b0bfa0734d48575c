package io.ledgerline.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ledgerline.domain.Annotation;
import io.ledgerline.domain.AnnotationKind;
import io.ledgerline.domain.Category;
import io.ledgerline.domain.Outcome;
import io.ledgerline.testing.Events;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class EventFilterTest {

    private final AccountTimeline timeline = Timelines.of(Events.of("ACC-1").at("2024-05-20T10:00:00Z")
            .from("10.0.0.1", "dev-home").login("dev-home")
            .after(Duration.ofHours(1)).from("185.220.101.7", "dev-evil").event("LOGIN_FAILED", Outcome.FAILURE)
            .after(Duration.ofMinutes(5)).login("dev-evil")
            .after(Duration.ofMinutes(5)).addressAdded("bc1qdrop")
            .after(Duration.ofHours(2)).withdrawal("bc1qdrop", "BTC", "1.25", "0.0001")
            .list());

    private List<String> ids(EventFilter filter, Annotations annotations) {
        var shown = filter.shown(timeline, annotations);
        return IntStream.range(0, timeline.size()).filter(shown::get)
                .mapToObj(i -> timeline.entry(i).facts().eventId()).toList();
    }

    private List<String> ids(EventFilter filter) {
        return ids(filter, Annotations.of(List.of()));
    }

    @Test
    void everythingIsShownUntilACriterionIsSet() {
        assertEquals(5, ids(EventFilter.ALL).size());
    }

    @Test
    void filtersByLaneOutcomeTypeIpAndDevice() {
        assertEquals(List.of("ACC-1-4", "ACC-1-5"),
                ids(EventFilter.ALL.withCategories(EnumSet.of(Category.ADDRESS_BOOK, Category.FUNDS))));
        assertEquals(List.of("ACC-1-2"), ids(EventFilter.ALL.withOutcomes(EnumSet.of(Outcome.FAILURE))));
        assertEquals(List.of("ACC-1-1", "ACC-1-3"), ids(EventFilter.ALL.withType("LOGIN")));
        assertEquals(4, ids(EventFilter.ALL.withIp("185.220")).size());
        assertEquals(List.of("ACC-1-1"), ids(EventFilter.ALL.withDevice("HOME")), "device match ignores case");
        assertEquals(List.of("ACC-1-3"), ids(EventFilter.ALL.withType("LOGIN").withDevice("evil")), "criteria combine");
        assertEquals(List.of(), ids(EventFilter.ALL.withCategories(EnumSet.noneOf(Category.class))));
    }

    @Test
    void freeTextSearchesFieldsAmountsTagsAndNotes() {
        assertEquals(List.of("ACC-1-4", "ACC-1-5"), ids(EventFilter.ALL.withText("bc1qDROP")));
        assertEquals(List.of("ACC-1-5"), ids(EventFilter.ALL.withText("1.25")));
        Instant at = Instant.parse("2024-06-01T09:00:00Z");
        Annotations notes = Annotations.of(List.of(
                new Annotation("ACC-1-3", AnnotationKind.TAG, "attacker login", "ana", at),
                new Annotation("ACC-1-2", AnnotationKind.NOTE, "customer says this was not her", "ana", at)));
        assertEquals(List.of("ACC-1-3"), ids(EventFilter.ALL.withText("attacker"), notes));
        assertEquals(List.of("ACC-1-2"), ids(EventFilter.ALL.withText("not her"), notes));
    }
}
