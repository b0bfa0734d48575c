package io.ledgerline.whatif;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The parameters given to one control on the command line ({@code hours:48,review:manual}), read with their defaults;
 * a name the control does not know or a value that is not a whole number is refused with a message saying so.
 */
final class ControlParameters {

    private final String control;
    private final Map<String, String> given = new LinkedHashMap<>();
    private final Set<String> read = new TreeSet<>();

    /** @param text {@code name:value} pairs separated by commas; empty or null for none */
    ControlParameters(String control, String text) {
        this.control = control;
        if (text == null || text.isBlank()) {
            return;
        }
        for (String pair : text.split(",")) {
            int colon = pair.indexOf(':');
            if (colon <= 0 || colon == pair.length() - 1) {
                throw new IllegalArgumentException(control + ": \"" + pair + "\" is not name:value");
            }
            given.put(pair.substring(0, colon).trim(), pair.substring(colon + 1).trim());
        }
    }

    Duration hours(String name, Duration fallback) {
        String v = take(name);
        return v == null ? fallback : Duration.ofHours(whole(name, v));
    }

    Duration days(String name, Duration fallback) {
        String v = take(name);
        return v == null ? fallback : Duration.ofDays(whole(name, v));
    }

    int count(String name, int fallback) {
        String v = take(name);
        return v == null ? fallback : (int) whole(name, v);
    }

    /** One of two words, e.g. {@code review:manual} or {@code review:none}. */
    boolean choice(String name, String yes, String no, boolean fallback) {
        String v = take(name);
        if (v == null) {
            return fallback;
        }
        if (!v.equals(yes) && !v.equals(no)) {
            throw new IllegalArgumentException(control + ": " + name + " must be " + yes + " or " + no + ", not \""
                    + v + "\"");
        }
        return v.equals(yes);
    }

    /** Refuses a parameter the control did not read; call after reading them all. */
    void requireAllKnown() {
        for (String name : given.keySet()) {
            if (!read.contains(name)) {
                throw new IllegalArgumentException(control + " has no parameter \"" + name + "\"");
            }
        }
    }

    private String take(String name) {
        read.add(name);
        return given.get(name);
    }

    private long whole(String name, String value) {
        try {
            long n = Long.parseLong(value);
            if (n < 0 || n > 100_000) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(control + ": " + name + " must be a whole number from 0 to 100000, not \""
                    + value + "\"");
        }
    }
}
