package io.ledgerline.timeline;

import io.ledgerline.domain.Annotation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The current tags and the notes of one account's events, folded from the append-only annotation rows: a tag stands
 * while its latest tag/untag row for that event is a tag.
 */
public final class Annotations {

    private final Map<String, Set<String>> tags = new HashMap<>();
    private final Map<String, List<Annotation>> notes = new HashMap<>();

    /** @param rows annotation rows, oldest first */
    public static Annotations of(List<Annotation> rows) {
        Annotations a = new Annotations();
        for (Annotation row : rows) {
            switch (row.kind()) {
                case TAG -> a.tags.computeIfAbsent(row.eventId(), id -> new TreeSet<>()).add(row.text());
                case UNTAG -> a.tags.getOrDefault(row.eventId(), new TreeSet<>()).remove(row.text());
                case NOTE -> a.notes.computeIfAbsent(row.eventId(), id -> new ArrayList<>()).add(row);
            }
        }
        return a;
    }

    public Set<String> tags(String eventId) {
        return Collections.unmodifiableSet(tags.getOrDefault(eventId, Set.of()));
    }

    public List<Annotation> notes(String eventId) {
        return Collections.unmodifiableList(notes.getOrDefault(eventId, List.of()));
    }

    /** Whether any current tag or any note of {@code eventId} contains {@code needle} (already lower case). */
    boolean mention(String eventId, String needle) {
        for (String tag : tags(eventId)) {
            if (tag.toLowerCase(Locale.ROOT).contains(needle)) {
                return true;
            }
        }
        for (Annotation note : notes(eventId)) {
            if (note.text().toLowerCase(Locale.ROOT).contains(needle)) {
                return true;
            }
        }
        return false;
    }

    /** Every tag in use on these events, sorted, for the filter's suggestions. */
    public Set<String> allTags() {
        Set<String> all = new TreeSet<>();
        tags.values().forEach(all::addAll);
        return all;
    }
}
