package io.ledgerline.importer.check;

import java.util.Optional;

/** A timestamp is RFC 3339 with an explicit offset or Z; one without offset is refused, never guessed. */
public final class TimestampHasOffsetCheck implements FieldCheck {

    @Override
    public Optional<String> problemWith(String value) {
        try {
            Timestamps.parse(value);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }
}
