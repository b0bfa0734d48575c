package io.ledgerline.timeline;

import io.ledgerline.domain.Category;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Lays out the marks of the visible range: per lane, an event closer than {@code minGapPx} to the mark before it joins
 * that mark, so a dense stretch reads as one counted mark when zoomed out and splits as the view zooms in. One pass
 * over the visible events only (binary search for the range), so a frame costs what is on screen, not the account.
 */
public final class MarkLayout {

    private MarkLayout() {
    }

    public static List<Mark> layout(AccountTimeline timeline, BitSet shown, Viewport view, double width,
            double minGapPx) {
        int lanes = Category.values().length;
        Builder[] open = new Builder[lanes];
        List<Mark> marks = new ArrayList<>();
        int from = timeline.firstAtOrAfter(view.start());
        int to = timeline.firstAtOrAfter(view.end());
        for (int i = shown.nextSetBit(from); i >= 0 && i < to; i = shown.nextSetBit(i + 1)) {
            int lane = timeline.laneOrdinal(i);
            double x = view.x(timeline.micros(i), width);
            Builder b = open[lane];
            if (b == null || x - b.firstX >= minGapPx) {
                if (b != null) {
                    marks.add(b.build());
                }
                b = new Builder(lane, i, x);
                open[lane] = b;
            }
            b.add(i, x, timeline.failed(i), timeline.unauthorized(i), timeline.ruleBits(i) != 0);
        }
        for (Builder b : open) {
            if (b != null) {
                marks.add(b.build());
            }
        }
        return marks;
    }

    /** The mark under point {@code x} in {@code lane}, within {@code tolerancePx}; the nearest wins. */
    public static Mark at(List<Mark> marks, int lane, double x, double tolerancePx) {
        Mark best = null;
        double bestDistance = tolerancePx;
        for (Mark m : marks) {
            double d = Math.abs(m.x() - x);
            if (m.lane() == lane && d <= bestDistance) {
                best = m;
                bestDistance = d;
            }
        }
        return best;
    }

    private static final class Builder {
        final int lane;
        final int first;
        final double firstX;
        int last;
        double lastX;
        int count;
        int failures;
        int unauthorized;
        int ruleHits;

        Builder(int lane, int first, double firstX) {
            this.lane = lane;
            this.first = first;
            this.firstX = firstX;
        }

        void add(int index, double x, boolean failure, boolean isUnauthorized, boolean hit) {
            last = index;
            lastX = x;
            count++;
            failures += failure ? 1 : 0;
            unauthorized += isUnauthorized ? 1 : 0;
            ruleHits += hit ? 1 : 0;
        }

        Mark build() {
            return new Mark(lane, (firstX + lastX) / 2, first, last, count, failures, unauthorized, ruleHits);
        }
    }
}
