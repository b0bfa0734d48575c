package io.ledgerline.importer.check;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.regex.Pattern;

/** RFC 3339 timestamps, which the contract requires to carry an offset or Z. */
public final class Timestamps {

    private static final Pattern RFC_3339 = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?([Zz]|[+-]\\d{2}:\\d{2})");
    private static final Pattern NO_OFFSET = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}[Tt ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?");

    private Timestamps() {
    }

    /** The instant a valid RFC 3339 timestamp names; throws {@link IllegalArgumentException} with the reason. */
    public static Instant parse(String text) {
        if (!RFC_3339.matcher(text).matches()) {
            if (NO_OFFSET.matcher(text).matches()) {
                throw new IllegalArgumentException(
                        "\"" + text + "\" has no offset: give Z or ±hh:mm (RFC 3339)");
            }
            throw new IllegalArgumentException("\"" + text + "\" is not an RFC 3339 timestamp");
        }
        try {
            return OffsetDateTime.parse(text.replace('t', 'T').replace('z', 'Z')).toInstant();
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not a valid date and time", e);
        }
    }
}
