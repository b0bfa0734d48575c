package io.ledgerline.importer.timesketch;

import io.ledgerline.domain.EpochMicros;
import io.ledgerline.importer.check.Timestamps;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * Timesketch's two ways of saying when: {@code datetime}, RFC 3339 text (plaso writes a space instead of the 'T'),
 * and {@code timestamp}, whole microseconds since the epoch. A datetime without offset is refused, never guessed.
 */
final class TimesketchTime {

    private static final Pattern SPACE_SEPARATED = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:.*");
    private static final Pattern MICROS = Pattern.compile("-?\\d{1,19}");
    // Timesketch keeps microseconds; six digits always, so exported values sort and compare as text.
    private static final DateTimeFormatter UTC_MICROS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private TimesketchTime() {
    }

    /** The instant of an RFC 3339 datetime, 'T' or space separated; throws IllegalArgumentException with why not. */
    static Instant parseDatetime(String text) {
        if (!SPACE_SEPARATED.matcher(text).matches()) {
            return Timestamps.parse(text);
        }
        String withT = text.substring(0, 10) + 'T' + text.substring(11);
        try {
            return Timestamps.parse(withT);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage().replace(withT, text), e);
        }
    }

    /** The instant of an epoch-microseconds text; throws IllegalArgumentException with why not. */
    static Instant parseMicros(String text) {
        if (!MICROS.matcher(text).matches()) {
            throw new IllegalArgumentException("\"" + text + "\" is not a whole number of microseconds since 1970");
        }
        try {
            return EpochMicros.toInstant(Long.parseLong(text));
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("\"" + text + "\" is out of range", e);
        }
    }

    /** RFC 3339 in UTC with exactly six fractional digits, e.g. {@code 2024-05-30T13:14:03.250000Z}. */
    static String formatDatetime(Instant instant) {
        return UTC_MICROS.format(instant);
    }

    static String formatMicros(Instant instant) {
        return Long.toString(EpochMicros.of(instant));
    }
}
