package io.ledgerline.domain;

import java.util.Locale;
import java.util.Optional;

/** How the exchange judged a legal request's authenticity. */
public enum Verification {
    VERIFIED, UNVERIFIED, FORGED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Verification> parse(String code) {
        for (Verification v : values()) {
            if (v.code().equals(code)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
