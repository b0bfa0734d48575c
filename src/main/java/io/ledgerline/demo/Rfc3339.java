package io.ledgerline.demo;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Timestamp text as exporters write it: seconds, milliseconds only when there are any, and Z or ±hh:mm. */
final class Rfc3339 {

    private static final DateTimeFormatter SECONDS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);
    private static final DateTimeFormatter MILLIS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX", Locale.ROOT);

    private Rfc3339() {
    }

    static String utc(Instant instant) {
        return format(instant, ZoneOffset.UTC);
    }

    static String format(Instant instant, ZoneOffset offset) {
        OffsetDateTime time = instant.atOffset(offset);
        return (time.getNano() == 0 ? SECONDS : MILLIS).format(time);
    }
}
