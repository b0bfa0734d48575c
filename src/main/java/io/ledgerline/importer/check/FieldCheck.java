package io.ledgerline.importer.check;

import java.util.Optional;

/** One rule a non-empty field value must satisfy. Empty values never reach a check: empty means absent. */
@FunctionalInterface
public interface FieldCheck {

    /** The reason the value breaks the rule, or empty when it is fine. */
    Optional<String> problemWith(String value);

    FieldCheck ANY_TEXT = value -> Optional.empty();
}
