package io.ledgerline.importer.check;

import java.util.Optional;

/** A {@code ;}-separated list of ids with no empty entries. */
public final class IdListCheck implements FieldCheck {

    @Override
    public Optional<String> problemWith(String value) {
        for (String id : value.split(";", -1)) {
            if (id.isBlank()) {
                return Optional.of("\"" + value + "\" has an empty entry in its ;-separated list");
            }
        }
        return Optional.empty();
    }
}
