package io.ledgerline.timeline;

import io.ledgerline.domain.EpochMicros;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The ticks of a time axis: the finest step of a fixed ladder (milliseconds up to decades) that keeps labels at least
 * {@code minGapPx} apart, aligned to the calendar of the chosen zone, so an axis reads "09:00, 10:00" or "Mar, Apr"
 * rather than arbitrary instants. Ticks that start a larger unit are major and name it.
 */
public final class AxisTicks {

    /** A step of the ladder: an amount of a calendar unit, how its ticks are labelled, and what makes one major. */
    private record Step(long amount, ChronoUnit unit, String minorPattern, String majorPattern, ChronoUnit majorUnit) {

        long approxMicros() {
            return amount * unit.getDuration().toNanos() / 1_000L;
        }
    }

    private static final List<Step> LADDER = List.of(
            new Step(1, ChronoUnit.MILLIS, "ss.SSS", "HH:mm:ss.SSS", ChronoUnit.SECONDS),
            new Step(2, ChronoUnit.MILLIS, "ss.SSS", "HH:mm:ss.SSS", ChronoUnit.SECONDS),
            new Step(5, ChronoUnit.MILLIS, "ss.SSS", "HH:mm:ss.SSS", ChronoUnit.SECONDS),
            new Step(10, ChronoUnit.MILLIS, "ss.SSS", "HH:mm:ss.SSS", ChronoUnit.SECONDS),
            new Step(20, ChronoUnit.MILLIS, "ss.SSS", "HH:mm:ss.SSS", ChronoUnit.SECONDS),
            new Step(50, ChronoUnit.MILLIS, "ss.SSS", "HH:mm:ss.SSS", ChronoUnit.SECONDS),
            new Step(100, ChronoUnit.MILLIS, "ss.SSS", "HH:mm:ss.SSS", ChronoUnit.SECONDS),
            new Step(200, ChronoUnit.MILLIS, "ss.SSS", "HH:mm:ss.SSS", ChronoUnit.SECONDS),
            new Step(500, ChronoUnit.MILLIS, "ss.SSS", "HH:mm:ss.SSS", ChronoUnit.SECONDS),
            new Step(1, ChronoUnit.SECONDS, "HH:mm:ss", "d MMM HH:mm:ss", ChronoUnit.MINUTES),
            new Step(2, ChronoUnit.SECONDS, "HH:mm:ss", "d MMM HH:mm:ss", ChronoUnit.MINUTES),
            new Step(5, ChronoUnit.SECONDS, "HH:mm:ss", "d MMM HH:mm:ss", ChronoUnit.MINUTES),
            new Step(10, ChronoUnit.SECONDS, "HH:mm:ss", "d MMM HH:mm:ss", ChronoUnit.MINUTES),
            new Step(30, ChronoUnit.SECONDS, "HH:mm:ss", "d MMM HH:mm:ss", ChronoUnit.MINUTES),
            new Step(1, ChronoUnit.MINUTES, "HH:mm", "d MMM HH:mm", ChronoUnit.HOURS),
            new Step(2, ChronoUnit.MINUTES, "HH:mm", "d MMM HH:mm", ChronoUnit.HOURS),
            new Step(5, ChronoUnit.MINUTES, "HH:mm", "d MMM HH:mm", ChronoUnit.HOURS),
            new Step(10, ChronoUnit.MINUTES, "HH:mm", "d MMM HH:mm", ChronoUnit.HOURS),
            new Step(15, ChronoUnit.MINUTES, "HH:mm", "d MMM HH:mm", ChronoUnit.HOURS),
            new Step(30, ChronoUnit.MINUTES, "HH:mm", "d MMM HH:mm", ChronoUnit.HOURS),
            new Step(1, ChronoUnit.HOURS, "HH:mm", "d MMM yyyy", ChronoUnit.DAYS),
            new Step(3, ChronoUnit.HOURS, "HH:mm", "d MMM yyyy", ChronoUnit.DAYS),
            new Step(6, ChronoUnit.HOURS, "HH:mm", "d MMM yyyy", ChronoUnit.DAYS),
            new Step(12, ChronoUnit.HOURS, "HH:mm", "d MMM yyyy", ChronoUnit.DAYS),
            new Step(1, ChronoUnit.DAYS, "d", "MMM yyyy", ChronoUnit.MONTHS),
            new Step(2, ChronoUnit.DAYS, "d", "MMM yyyy", ChronoUnit.MONTHS),
            new Step(7, ChronoUnit.DAYS, "d", "MMM yyyy", ChronoUnit.MONTHS),
            new Step(1, ChronoUnit.MONTHS, "MMM", "yyyy", ChronoUnit.YEARS),
            new Step(3, ChronoUnit.MONTHS, "MMM", "yyyy", ChronoUnit.YEARS),
            new Step(6, ChronoUnit.MONTHS, "MMM", "yyyy", ChronoUnit.YEARS),
            new Step(1, ChronoUnit.YEARS, "yyyy", "yyyy", ChronoUnit.DECADES),
            new Step(2, ChronoUnit.YEARS, "yyyy", "yyyy", ChronoUnit.DECADES),
            new Step(5, ChronoUnit.YEARS, "yyyy", "yyyy", ChronoUnit.DECADES),
            new Step(10, ChronoUnit.YEARS, "yyyy", "yyyy", ChronoUnit.CENTURIES),
            new Step(50, ChronoUnit.YEARS, "yyyy", "yyyy", ChronoUnit.CENTURIES),
            new Step(100, ChronoUnit.YEARS, "yyyy", "yyyy", ChronoUnit.MILLENNIA));

    private AxisTicks() {
    }

    /** Ticks inside {@code view} on an axis {@code width} pixels wide, in {@code zone}'s calendar. */
    public static List<AxisTick> of(Viewport view, double width, ZoneId zone, double minGapPx) {
        Step step = stepFor(view, width, minGapPx);
        DateTimeFormatter minor = DateTimeFormatter.ofPattern(step.minorPattern()).withZone(zone);
        DateTimeFormatter major = DateTimeFormatter.ofPattern(step.majorPattern()).withZone(zone);
        List<AxisTick> ticks = new ArrayList<>();
        ZonedDateTime t = alignedStart(EpochMicros.toInstant(view.start()).atZone(zone), step);
        for (int guard = 0; guard < 10_000; guard++) {
            long micros = EpochMicros.of(t.toInstant());
            if (micros >= view.end()) {
                break;
            }
            if (micros >= view.start()) {
                boolean isMajor = startsMajor(t, step);
                ticks.add(new AxisTick(micros, (isMajor ? major : minor).format(t), isMajor));
            }
            t = t.plus(step.amount(), step.unit());
        }
        return ticks;
    }

    private static Step stepFor(Viewport view, double width, double minGapPx) {
        double microsPerPx = view.span() / Math.max(1.0, width);
        for (Step step : LADDER) {
            if (step.approxMicros() / microsPerPx >= minGapPx) {
                return step;
            }
        }
        return LADDER.get(LADDER.size() - 1);
    }

    /** The last boundary of {@code step} at or before {@code t}: a multiple of its amount within the larger unit. */
    private static ZonedDateTime alignedStart(ZonedDateTime t, Step step) {
        ZonedDateTime z = switch (step.unit()) {
            case MILLIS -> t.truncatedTo(ChronoUnit.MILLIS)
                    .withNano((t.getNano() / 1_000_000 / (int) step.amount()) * (int) step.amount() * 1_000_000);
            case SECONDS -> t.truncatedTo(ChronoUnit.SECONDS)
                    .withSecond(t.getSecond() / (int) step.amount() * (int) step.amount());
            case MINUTES -> t.truncatedTo(ChronoUnit.MINUTES)
                    .withMinute(t.getMinute() / (int) step.amount() * (int) step.amount());
            case HOURS -> t.truncatedTo(ChronoUnit.HOURS).withHour(t.getHour() / (int) step.amount() * (int) step.amount());
            case DAYS -> step.amount() == 7
                    ? t.truncatedTo(ChronoUnit.DAYS).minusDays(t.getDayOfWeek().getValue() - 1L)
                    : t.truncatedTo(ChronoUnit.DAYS).withDayOfMonth(
                            (t.getDayOfMonth() - 1) / (int) step.amount() * (int) step.amount() + 1);
            case MONTHS -> t.truncatedTo(ChronoUnit.DAYS).withDayOfMonth(1)
                    .withMonth((t.getMonthValue() - 1) / (int) step.amount() * (int) step.amount() + 1);
            default -> {
                int years = (int) (step.amount() * step.unit().getDuration().toDays() / 365);
                yield t.truncatedTo(ChronoUnit.DAYS).withDayOfYear(1).withYear(Math.floorDiv(t.getYear(), years) * years);
            }
        };
        return z;
    }

    private static boolean startsMajor(ZonedDateTime t, Step step) {
        return switch (step.majorUnit()) {
            case SECONDS -> t.getNano() == 0;
            case MINUTES -> t.getSecond() == 0 && t.getNano() == 0;
            case HOURS -> t.getMinute() == 0 && t.getSecond() == 0 && t.getNano() == 0;
            case DAYS -> t.toLocalTime().toNanoOfDay() == 0;
            case MONTHS -> t.getDayOfMonth() == 1 && t.toLocalTime().toNanoOfDay() == 0;
            case YEARS -> t.getDayOfYear() == 1 && t.toLocalTime().toNanoOfDay() == 0;
            case DECADES -> t.getYear() % 10 == 0 && t.getDayOfYear() == 1;
            case CENTURIES -> t.getYear() % 100 == 0 && t.getDayOfYear() == 1;
            default -> t.getYear() % 1000 == 0 && t.getDayOfYear() == 1;
        };
    }
}
