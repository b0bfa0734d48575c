package io.ledgerline.domain;

import java.util.Locale;
import java.util.Optional;

/** An event's outcome; {@link #SUCCESS} when the exporter left it empty. */
public enum Outcome {
    SUCCESS, FAILURE, PENDING;

    private final String code = name().toLowerCase(Locale.ROOT);

    public String code() {
        return code;
    }

    public static Optional<Outcome> parse(String code) {
        for (Outcome outcome : values()) {
            if (outcome.code().equals(code)) {
                return Optional.of(outcome);
            }
        }
        return Optional.empty();
    }
}
