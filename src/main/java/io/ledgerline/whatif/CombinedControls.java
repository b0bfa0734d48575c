package io.ledgerline.whatif;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Several controls in force together: every event any of them stops. An event two controls stop is listed once per
 * control; the replay takes the strongest, and friction counts the event once. Holds do not add up: a withdrawal held
 * by two controls is released at the later of the two ends.
 */
public record CombinedControls(String name, List<Control> parts) implements Control {

    /** The name of every control given (or announced) in force together. */
    public static final String ALL = "combined";

    /** Named by its parts joined with {@code +}, as written on the command line. */
    public CombinedControls(List<Control> parts) {
        this(String.join("+", parts.stream().map(Control::name).toList()), parts);
    }

    public CombinedControls {
        parts = List.copyOf(parts);
        if (parts.size() < 2) {
            throw new IllegalArgumentException("a combination needs at least two controls");
        }
    }

    /** Each part's parameters, prefixed with its name: {@code address-cooldown.hours → 24}. */
    @Override
    public Map<String, String> parameters() {
        Map<String, String> m = new LinkedHashMap<>();
        for (Control part : parts) {
            part.parameters().forEach((k, v) -> m.put(part.name() + "." + k, v));
        }
        return m;
    }

    @Override
    public List<Stop> stops(AccountHistory account) {
        List<Stop> all = new ArrayList<>();
        for (Control part : parts) {
            all.addAll(part.stops(account));
        }
        // stable: events at the same instant keep each part's (import) order
        all.sort(Comparator.comparing(Stop::at));
        return all;
    }
}
