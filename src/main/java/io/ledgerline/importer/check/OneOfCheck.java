package io.ledgerline.importer.check;

import java.util.List;
import java.util.Optional;

/** A closed set of codes (outcome, channel, status, verification), matched exactly. */
public final class OneOfCheck implements FieldCheck {

    private final List<String> allowed;

    public OneOfCheck(List<String> allowed) {
        this.allowed = List.copyOf(allowed);
    }

    @Override
    public Optional<String> problemWith(String value) {
        if (allowed.contains(value)) {
            return Optional.empty();
        }
        return Optional.of("\"" + value + "\" is not one of " + String.join(", ", allowed));
    }
}
