package io.ledgerline.timeline;

import io.ledgerline.domain.EpochMicros;
import io.ledgerline.domain.EventType;
import java.time.ZoneId;
import java.util.BitSet;
import java.util.List;

/**
 * Several compromised accounts lined up on one axis, one row each: every event a tick in its lane's colour, failures
 * in red, the compromise window shaded, the disclosure dashed, unauthorized withdrawals ringed. On the calendar the
 * rows show a campaign's order; aligned on each disclosure they show how alike the attack chains are.
 */
public final class ComparisonPainter {

    public static final double LABEL_WIDTH = 170;
    public static final double AXIS_HEIGHT = 26;
    public static final double ROW_HEIGHT = 46;
    private static final double RIGHT = 14;

    private ComparisonPainter() {
    }

    public static double height(int accounts) {
        return AXIS_HEIGHT + accounts * ROW_HEIGHT + 8;
    }

    public static double plotWidth(double width) {
        return Math.max(1, width - LABEL_WIDTH - RIGHT);
    }

    /** The row under {@code y}, or -1. */
    public static int rowAt(double y, int rows) {
        int row = (int) Math.floor((y - AXIS_HEIGHT) / ROW_HEIGHT);
        return y < AXIS_HEIGHT || row >= rows ? -1 : row;
    }

    /** Where account rows' instants start from: 0 on the calendar, each origin when aligned. */
    public static long shift(ComparedAccount account, Alignment alignment) {
        return alignment == Alignment.WALL_CLOCK ? 0 : account.origin();
    }

    /** The view that fits every event of every account under {@code alignment}. */
    public static Viewport fit(List<ComparedAccount> accounts, Alignment alignment) {
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (ComparedAccount a : accounts) {
            AccountTimeline t = a.timeline();
            if (!t.isEmpty()) {
                long shift = shift(a, alignment);
                first = Math.min(first, t.micros(0) - shift);
                last = Math.max(last, t.micros(t.size() - 1) - shift);
            }
        }
        return first == Long.MAX_VALUE ? new Viewport(0, 86_400_000_000L) : Viewport.fit(first, last);
    }

    /**
     * The view that fits the attacks: from the earliest disclosure or window start to the latest window end, under
     * {@code alignment}; every event when no account has a window.
     */
    public static Viewport fitAttacks(List<ComparedAccount> accounts, Alignment alignment) {
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (ComparedAccount a : accounts) {
            var window = a.timeline().findings().window();
            if (window.isPresent()) {
                long shift = shift(a, alignment);
                first = Math.min(first, Math.min(a.origin(), EpochMicros.of(window.get().start())) - shift);
                last = Math.max(last, EpochMicros.of(window.get().end()) - shift);
            }
        }
        return first == Long.MAX_VALUE ? fit(accounts, alignment) : Viewport.fit(first, last);
    }

    public static void paint(Surface s, double width, double height, List<ComparedAccount> accounts,
            Alignment alignment, Viewport view, ZoneId zone, Palette p) {
        s.fill(p.background());
        s.fillRect(0, 0, width, height);
        double plotWidth = plotWidth(width);
        List<AxisTick> ticks = alignment == Alignment.WALL_CLOCK ? AxisTicks.of(view, plotWidth, zone, 100)
                : RelativeTicks.of(view, plotWidth, 90);
        s.font(10, false);
        s.fill(p.mutedText());
        s.fillText(alignment == Alignment.WALL_CLOCK ? (zone.getId().equals("Z") ? "UTC" : zone.getId())
                : "from each disclosure", 10, 17);
        double bottom = AXIS_HEIGHT + accounts.size() * ROW_HEIGHT;
        for (AxisTick t : ticks) {
            double x = LABEL_WIDTH + view.x(t.micros(), plotWidth);
            s.stroke(t.major() ? p.mutedText().withAlpha(0.6) : p.grid());
            s.lineWidth(1);
            s.strokeLine(x, AXIS_HEIGHT - 6, x, bottom);
            s.fill(t.major() ? p.text() : p.mutedText());
            s.font(10, t.major());
            s.fillText(t.label(), x + 3, 17);
        }
        for (int row = 0; row < accounts.size(); row++) {
            row(s, accounts.get(row), row, alignment, view, plotWidth, p);
        }
    }

    private static void row(Surface s, ComparedAccount account, int row, Alignment alignment, Viewport view,
            double plotWidth, Palette p) {
        AccountTimeline t = account.timeline();
        double top = AXIS_HEIGHT + row * ROW_HEIGHT;
        double middle = top + ROW_HEIGHT / 2;
        if (row % 2 == 0) {
            s.fill(p.laneStripe());
            s.fillRect(0, top, LABEL_WIDTH + plotWidth + RIGHT, ROW_HEIGHT);
        }
        s.fill(p.text());
        s.font(12, true);
        s.fillText(t.accountId(), 10, top + 19);
        s.fill(p.mutedText());
        s.font(10, false);
        s.fillText(account.subtitle(), 10, top + 34);
        long shift = shift(account, alignment);
        s.clip(LABEL_WIDTH, top, plotWidth, ROW_HEIGHT);
        t.findings().window().ifPresent(w -> {
            double x1 = clamp(LABEL_WIDTH + view.x(EpochMicros.of(w.start()) - shift, plotWidth), plotWidth);
            double x2 = clamp(LABEL_WIDTH + view.x(EpochMicros.of(w.end()) - shift, plotWidth), plotWidth);
            s.fill(p.window());
            s.fillRect(x1, top + 3, Math.max(2, x2 - x1), ROW_HEIGHT - 6);
        });
        int from = t.firstAtOrAfter(view.start() + shift);
        int to = t.firstAtOrAfter(view.end() + shift);
        // one tick per pixel column and lane: a busy account costs its width, not its event count
        BitSet drawn = new BitSet();
        int lanes = io.ledgerline.domain.Category.values().length;
        for (int i = from; i < to; i++) {
            double x = LABEL_WIDTH + view.x(t.micros(i) - shift, plotWidth);
            int key = (int) x * lanes + t.laneOrdinal(i);
            boolean special = t.unauthorized(i) || t.failed(i) || t.entry(i).facts().is(EventType.DATA_DISCLOSURE);
            if (drawn.get(key) && !special) {
                continue;
            }
            drawn.set(key);
            double laneY = top + 6 + t.laneOrdinal(i) * (ROW_HEIGHT - 12) / lanes;
            if (t.entry(i).facts().is(EventType.DATA_DISCLOSURE)) {
                s.stroke(p.disclosure());
                s.lineWidth(1.5);
                s.dashes(4, 3);
                s.strokeLine(x, top + 2, x, top + ROW_HEIGHT - 2);
                s.dashes();
                continue;
            }
            s.fill(t.failed(i) ? p.failure() : p.lanes().get(t.laneOrdinal(i)));
            s.fillRect(x - 1, laneY, 2.5, 5);
            if (t.unauthorized(i)) {
                s.fill(p.unauthorized());
                s.fillPolygon(new double[] {x, x + 6, x, x - 6}, new double[] {middle - 7, middle, middle + 7, middle});
                s.stroke(p.unauthorized());
                s.lineWidth(1.5);
                s.strokeOval(x - 10, middle - 10, 20, 20);
            }
        }
        s.unclip();
    }

    private static double clamp(double x, double plotWidth) {
        return Math.max(LABEL_WIDTH - 10, Math.min(LABEL_WIDTH + plotWidth + 10, x));
    }
}
