package io.ledgerline.timeline;

import java.util.ArrayList;
import java.util.List;

/**
 * Ticks of an axis of durations from an origin (the comparison aligned on disclosures): "−2 d", "0", "+6 h". The step
 * is the finest of a ladder from a second to a year that keeps labels {@code minGapPx} apart.
 */
public final class RelativeTicks {

    private static final long SECOND = 1_000_000L;
    private static final long MINUTE = 60 * SECOND;
    private static final long HOUR = 60 * MINUTE;
    private static final long DAY = 24 * HOUR;
    private static final long[] LADDER = {SECOND, 5 * SECOND, 15 * SECOND, 30 * SECOND, MINUTE, 5 * MINUTE,
        15 * MINUTE, 30 * MINUTE, HOUR, 3 * HOUR, 6 * HOUR, 12 * HOUR, DAY, 2 * DAY, 7 * DAY, 30 * DAY, 90 * DAY,
        365 * DAY};

    private RelativeTicks() {
    }

    public static List<AxisTick> of(Viewport view, double width, double minGapPx) {
        long step = LADDER[LADDER.length - 1];
        for (long candidate : LADDER) {
            if (candidate * width / view.span() >= minGapPx) {
                step = candidate;
                break;
            }
        }
        List<AxisTick> ticks = new ArrayList<>();
        for (long t = Math.floorDiv(view.start(), step) * step; t < view.end(); t += step) {
            if (t >= view.start()) {
                ticks.add(new AxisTick(t, label(t), t == 0));
            }
        }
        return ticks;
    }

    /** "+1 d 6 h", "−45 min", "0". */
    public static String label(long micros) {
        if (micros == 0) {
            return "0 (disclosure)";
        }
        String sign = micros > 0 ? "+" : "−";
        long m = Math.abs(micros);
        StringBuilder text = new StringBuilder(sign);
        long days = m / DAY;
        long hours = m % DAY / HOUR;
        long minutes = m % HOUR / MINUTE;
        long seconds = m % MINUTE / SECOND;
        if (days > 0) {
            text.append(days).append(" d");
        }
        if (hours > 0) {
            text.append(text.length() > 1 ? " " : "").append(hours).append(" h");
        }
        if (minutes > 0 && days == 0) {
            text.append(text.length() > 1 ? " " : "").append(minutes).append(" min");
        }
        if (seconds > 0 && days == 0 && hours == 0) {
            text.append(text.length() > 1 ? " " : "").append(seconds).append(" s");
        }
        return text.length() == 1 ? text.append("0").toString() : text.toString();
    }
}
