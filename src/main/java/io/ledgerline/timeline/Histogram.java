package io.ledgerline.timeline;

import io.ledgerline.domain.Category;
import java.util.BitSet;

/**
 * Event counts over a range in equal bins, per lane, for the overview strip (stacked by category).
 *
 * @param counts {@code counts[bin][lane]}
 */
public record Histogram(Viewport range, int[][] counts, int max) {

    public static Histogram of(AccountTimeline timeline, BitSet shown, Viewport range, int bins) {
        int[][] counts = new int[bins][Category.values().length];
        int[] totals = new int[bins];
        int from = timeline.firstAtOrAfter(range.start());
        int to = timeline.firstAtOrAfter(range.end());
        for (int i = shown.nextSetBit(from); i >= 0 && i < to; i = shown.nextSetBit(i + 1)) {
            int bin = (int) Math.min(bins - 1, (timeline.micros(i) - range.start()) * bins / range.span());
            counts[bin][timeline.laneOrdinal(i)]++;
            totals[bin]++;
        }
        int max = 0;
        for (int t : totals) {
            max = Math.max(max, t);
        }
        return new Histogram(range, counts, max);
    }

    public int bins() {
        return counts.length;
    }
}
