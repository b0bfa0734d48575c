package io.ledgerline.importer.timesketch;

import io.ledgerline.domain.Event;
import io.ledgerline.importer.ColumnSpec;
import io.ledgerline.importer.FileColumns;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The columns of a timeline file, in one place for import and export.
 *
 * <p>Timesketch's own columns ({@link #DERIVED}) are written from the event unless the event carries its own value
 * in {@code extra} (it came from Timesketch). On import such a column is kept in {@code extra} only when it differs
 * from what export would write, so LL→TS→LL and TS→LL→TS both give back the same event and the same file.
 */
final class TimelineColumns {

    static final String MESSAGE = "message";
    static final String DATETIME = "datetime";
    static final String TIMESTAMP = "timestamp";
    static final String TIMESTAMP_DESC = "timestamp_desc";
    static final String CATEGORY = "category";

    /** Written first, in this order; their values are derived from the event. */
    static final List<String> DERIVED = List.of(MESSAGE, DATETIME, TIMESTAMP, TIMESTAMP_DESC);

    /** The events.csv columns of the case format, in its order: each maps to an Event field. */
    static final List<String> EVENT_FIELDS = FileColumns.EVENTS.stream().map(ColumnSpec::name).toList();

    /** Event columns the importer fills itself when a timeline lacks them. */
    static final Set<String> FILLED_IN = Set.of("event_id", "account_id", "occurred_at", "type");

    /** Checks for the optional event columns, the same as for a case export. */
    static final List<ColumnSpec> CHECKED = FileColumns.EVENTS.stream()
            .filter(c -> !FILLED_IN.contains(c.name())).toList();

    private TimelineColumns() {
    }

    /** Every column name export writes before the extra ones. */
    static List<String> fixed() {
        List<String> all = new ArrayList<>(DERIVED);
        all.addAll(EVENT_FIELDS.subList(0, 4));
        all.add(CATEGORY);
        all.addAll(EVENT_FIELDS.subList(4, EVENT_FIELDS.size()));
        return all;
    }

    /** What export writes in the derived columns for {@code event} when its extra holds none of them. */
    static Map<String, String> derived(Event event) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(MESSAGE, EventSummary.of(event));
        values.put(DATETIME, TimesketchTime.formatDatetime(event.occurredAt()));
        values.put(TIMESTAMP, TimesketchTime.formatMicros(event.occurredAt()));
        values.put(TIMESTAMP_DESC, event.type());
        values.put(CATEGORY, event.category().name().toLowerCase(Locale.ROOT));
        return values;
    }

    static boolean isDerived(String column) {
        return DERIVED.contains(column) || CATEGORY.equals(column);
    }

    /** Whether {@code value} says no more than export would write: times compare as instants, the rest as text. */
    static boolean matchesDerived(String column, String value, Instant occurredAt, Map<String, String> derived) {
        try {
            return switch (column) {
                case DATETIME -> TimesketchTime.parseDatetime(value).equals(occurredAt);
                case TIMESTAMP -> TimesketchTime.parseMicros(value).equals(occurredAt);
                default -> value.equals(derived.get(column));
            };
        } catch (IllegalArgumentException unparsable) {
            return false; // kept as sent
        }
    }
}
