package io.ledgerline.whatif;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Checks the controls' parameters and shows them as text. */
final class ParameterText {

    private ParameterText() {
    }

    static void requirePositive(Duration d, String what) {
        Objects.requireNonNull(d, what);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException("the " + what + " must be positive, not " + d);
        }
    }

    static void requireNotNegative(Duration d, String what) {
        Objects.requireNonNull(d, what);
        if (d.isNegative()) {
            throw new IllegalArgumentException("the " + what + " must not be negative, not " + d);
        }
    }

    /** Whole hours as text ("24"); a duration that is not whole hours shows its ISO 8601 form. */
    static String hours(Duration d) {
        return d.toSeconds() % 3600 == 0 ? Long.toString(d.toHours()) : d.toString();
    }

    /** Whole days as text ("90"); otherwise as {@link #hours}. */
    static String days(Duration d) {
        return d.toSeconds() % 86_400 == 0 ? Long.toString(d.toDays()) : hours(d);
    }

    /** Names and values in the order given: {@code ordered("failures", "1", "hours", "24")}. */
    static Map<String, String> ordered(String... namesAndValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            m.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return Collections.unmodifiableMap(m);
    }
}
