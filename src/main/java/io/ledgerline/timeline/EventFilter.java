package io.ledgerline.timeline;

import io.ledgerline.domain.Category;
import io.ledgerline.domain.EventFacts;
import io.ledgerline.domain.Outcome;
import io.ledgerline.store.TimelineEntry;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Which events a timeline shows: by lane, outcome, type, ip, device and free text (which also searches tags and
 * notes). Empty criteria match everything. Immutable, with {@code with…} methods for the view's controls.
 *
 * @param type   exact type (e.g. {@code WITHDRAWAL}), or empty for any
 * @param ip     substring of the ip, or empty
 * @param device substring of the device id, or empty
 * @param text   substring, case-insensitive, of any shown field, tag or note, or empty
 */
public record EventFilter(Set<Category> categories, Set<Outcome> outcomes, String type, String ip, String device,
        String text) {

    public static final EventFilter ALL = new EventFilter(EnumSet.allOf(Category.class), EnumSet.allOf(Outcome.class),
            "", "", "", "");

    public EventFilter {
        categories = categories.isEmpty() ? EnumSet.noneOf(Category.class) : EnumSet.copyOf(categories);
        outcomes = outcomes.isEmpty() ? EnumSet.noneOf(Outcome.class) : EnumSet.copyOf(outcomes);
        type = type == null ? "" : type.trim();
        ip = ip == null ? "" : ip.trim();
        device = device == null ? "" : device.trim();
        text = text == null ? "" : text.trim();
    }

    public EventFilter withCategories(Set<Category> c) {
        return new EventFilter(c, outcomes, type, ip, device, text);
    }

    public EventFilter withOutcomes(Set<Outcome> o) {
        return new EventFilter(categories, o, type, ip, device, text);
    }

    public EventFilter withType(String t) {
        return new EventFilter(categories, outcomes, t, ip, device, text);
    }

    public EventFilter withIp(String i) {
        return new EventFilter(categories, outcomes, type, i, device, text);
    }

    public EventFilter withDevice(String d) {
        return new EventFilter(categories, outcomes, type, ip, d, text);
    }

    public EventFilter withText(String t) {
        return new EventFilter(categories, outcomes, type, ip, device, t);
    }

    public boolean isEverything() {
        return equals(ALL);
    }

    /** The indices of {@code timeline}'s events this filter shows. */
    public BitSet shown(AccountTimeline timeline, Annotations annotations) {
        BitSet shown = new BitSet(timeline.size());
        if (isEverything()) {
            shown.set(0, timeline.size());
            return shown;
        }
        String needle = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < timeline.size(); i++) {
            if (matches(timeline.entry(i), annotations, needle)) {
                shown.set(i);
            }
        }
        return shown;
    }

    private boolean matches(TimelineEntry entry, Annotations annotations, String needle) {
        EventFacts e = entry.facts();
        return categories.contains(e.category())
                && outcomes.contains(e.outcome())
                && (type.isEmpty() || type.equals(e.type()))
                && (ip.isEmpty() || contains(e.ip(), ip))
                && (device.isEmpty() || contains(e.deviceId(), device))
                && (needle.isEmpty() || mentions(entry, needle) || annotations.mention(e.eventId(), needle));
    }

    private static boolean mentions(TimelineEntry entry, String needle) {
        EventFacts e = entry.facts();
        for (String field : new String[] {e.eventId(), e.type(), e.ip(), e.deviceId(), e.asset(), e.address(),
                e.ref(), entry.country(), e.amount() == null ? null : e.amount().toPlainString()}) {
            if (field != null && field.toLowerCase(Locale.ROOT).contains(needle)) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(String field, String part) {
        return field != null && field.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
    }
}
