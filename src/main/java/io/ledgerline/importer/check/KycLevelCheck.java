package io.ledgerline.importer.check;

import java.util.Optional;
import java.util.regex.Pattern;

/** KYC level is a whole number from 0 to 3. */
public final class KycLevelCheck implements FieldCheck {

    private static final Pattern LEVEL = Pattern.compile("[0-3]");

    @Override
    public Optional<String> problemWith(String value) {
        return LEVEL.matcher(value).matches() ? Optional.empty()
                : Optional.of("\"" + value + "\" is not a KYC level from 0 to 3");
    }
}
