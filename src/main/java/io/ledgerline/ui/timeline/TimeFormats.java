package io.ledgerline.ui.timeline;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How the timeline writes instants in the chosen zone: the zone's offset is always part of the text. */
final class TimeFormats {

    private TimeFormats() {
    }

    static DateTimeFormatter millis(ZoneId zone) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS xxx").withZone(zone);
    }

    static DateTimeFormatter seconds(ZoneId zone) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx").withZone(zone);
    }
}
