package io.ledgerline.importer.check;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * RFC 3339 timestamps, which the contract requires to carry an offset or Z. Parsed by hand in one pass: this runs
 * for every event of a million-row import, where {@code OffsetDateTime.parse} dominated the profile.
 */
public final class Timestamps {

    private static final Pattern NO_OFFSET = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}[Tt ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?");
    private static final int MAX_OFFSET_SECONDS = 18 * 3600;

    private Timestamps() {
    }

    /** The instant a valid RFC 3339 timestamp names; throws {@link IllegalArgumentException} with the reason. */
    public static Instant parse(String text) {
        Instant instant = tryParse(text);
        if (instant != null) {
            return instant;
        }
        if (NO_OFFSET.matcher(text).matches()) {
            throw new IllegalArgumentException("\"" + text + "\" has no offset: give Z or ±hh:mm (RFC 3339)");
        }
        throw new IllegalArgumentException("\"" + text + "\" is not an RFC 3339 timestamp");
    }

    /**
     * {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}](Z|±hh:mm)}, T and Z in either case; null when the text is not that.
     *
     * @throws IllegalArgumentException when the shape is right but the date or time does not exist (2024-02-30)
     */
    static Instant tryParse(String s) {
        int n = s.length();
        if (n < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || (s.charAt(10) != 'T' && s.charAt(10) != 't')
                || s.charAt(13) != ':' || s.charAt(16) != ':') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        int i = 19;
        int nanos = 0;
        if (i < n && s.charAt(i) == '.') {
            int start = ++i;
            while (i < n && Character.isDigit(s.charAt(i)) && s.charAt(i) < 128) {
                i++;
            }
            int count = i - start;
            if (count == 0 || count > 9) {
                return null;
            }
            nanos = digits(s, start, count);
            for (int k = count; k < 9; k++) {
                nanos *= 10;
            }
        }
        int offsetSeconds = offset(s, i);
        if (offsetSeconds == Integer.MIN_VALUE) {
            return null;
        }
        if (hour > 23 || minute > 59 || second > 59) {
            throw new IllegalArgumentException("\"" + s + "\" is not a valid time of day");
        }
        long epochDay;
        try {
            epochDay = LocalDate.of(year, month, day).toEpochDay();
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("\"" + s + "\" is not a valid date", e);
        }
        long seconds = epochDay * 86_400 + hour * 3600L + minute * 60L + second - offsetSeconds;
        return Instant.ofEpochSecond(seconds, nanos);
    }

    /** Seconds east of UTC for {@code Z} or {@code ±hh:mm} ending the text at {@code i}, or MIN_VALUE. */
    private static int offset(String s, int i) {
        int n = s.length();
        if (i == n - 1 && (s.charAt(i) == 'Z' || s.charAt(i) == 'z')) {
            return 0;
        }
        if (i != n - 6 || s.charAt(i + 3) != ':' || (s.charAt(i) != '+' && s.charAt(i) != '-')) {
            return Integer.MIN_VALUE;
        }
        int hours = digits(s, i + 1, 2);
        int minutes = digits(s, i + 4, 2);
        if (hours < 0 || minutes < 0 || minutes > 59) {
            return Integer.MIN_VALUE;
        }
        int seconds = hours * 3600 + minutes * 60;
        if (seconds > MAX_OFFSET_SECONDS) {
            return Integer.MIN_VALUE;
        }
        return s.charAt(i) == '-' ? -seconds : seconds;
    }

    /** The ASCII digits at {@code [from, from+count)} as a number, or -1 if any is not a digit. */
    private static int digits(String s, int from, int count) {
        int value = 0;
        for (int k = from; k < from + count; k++) {
            char c = s.charAt(k);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
