package io.ledgerline.domain;

import java.time.Instant;

/**
 * Instants as whole microseconds since 1970-01-01T00:00:00Z, the form the case file orders and ranges by. Microseconds
 * cover every year the contract's timestamps can name; finer digits survive in the original text that is kept beside.
 */
public final class EpochMicros {

    private EpochMicros() {
    }

    /** Microseconds since the epoch, truncated toward the past for sub-microsecond instants. */
    public static long of(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000L);
    }

    public static Instant toInstant(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
    }
}
