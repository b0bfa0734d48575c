package io.ledgerline.importer.check;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Countries are ISO 3166-1 alpha-2 codes, upper case, as the JDK knows them. */
public final class CountryCodeCheck implements FieldCheck {

    private static final Set<String> CODES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    @Override
    public Optional<String> problemWith(String value) {
        return CODES.contains(value) ? Optional.empty()
                : Optional.of("\"" + value + "\" is not an ISO 3166-1 alpha-2 country code");
    }
}
