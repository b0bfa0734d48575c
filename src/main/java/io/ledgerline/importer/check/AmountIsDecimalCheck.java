package io.ledgerline.importer.check;

import java.util.Optional;

/** Amounts, fees and prices are exact unsigned decimals (see {@link Amounts}). */
public final class AmountIsDecimalCheck implements FieldCheck {

    @Override
    public Optional<String> problemWith(String value) {
        try {
            Amounts.parse(value);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }
}
