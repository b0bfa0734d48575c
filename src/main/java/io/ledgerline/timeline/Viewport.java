package io.ledgerline.timeline;

/**
 * The visible time range of a timeline, in epoch microseconds, start inclusive and end exclusive. Immutable: every
 * zoom and pan gives a new value, so a view can keep history and tests can drive it without a window.
 */
public record Viewport(long start, long end) {

    /** Zooming in stops at one millisecond across the view: the contract's timestamps rarely carry more. */
    public static final long MIN_SPAN = 1_000L;
    /** Zooming out stops at about 200 years. */
    public static final long MAX_SPAN = 200L * 366 * 24 * 3600 * 1_000_000L;

    public Viewport {
        if (end - start < MIN_SPAN) {
            long middle = start + (end - start) / 2;
            start = middle - MIN_SPAN / 2;
            end = start + MIN_SPAN;
        }
        if (end - start > MAX_SPAN) {
            long middle = start + (end - start) / 2;
            start = middle - MAX_SPAN / 2;
            end = start + MAX_SPAN;
        }
    }

    public long span() {
        return end - start;
    }

    /** The range from {@code first} to {@code last} (inclusive) with a margin on both sides, so edge marks show whole. */
    public static Viewport fit(long first, long last) {
        long span = Math.max(last - first, MIN_SPAN);
        long margin = Math.max(span / 40, MIN_SPAN / 2);
        return new Viewport(first - margin, last + margin + 1);
    }

    /**
     * Zoomed by {@code factor} (below 1 zooms in) keeping {@code anchor} at the same place on screen, as a wheel turn
     * under the cursor should.
     */
    public Viewport zoom(double factor, long anchor) {
        double newSpan = Math.max(MIN_SPAN, Math.min(MAX_SPAN, span() * factor));
        double ratio = (anchor - start) / (double) span();
        long newStart = anchor - Math.round(ratio * newSpan);
        return new Viewport(newStart, newStart + Math.round(newSpan));
    }

    /** Moved later by {@code micros} (earlier when negative). */
    public Viewport pan(long micros) {
        return new Viewport(start + micros, end + micros);
    }

    /** Moved by a fraction of its own span, e.g. one tenth for an arrow key. */
    public Viewport panBy(double fraction) {
        return pan(Math.round(span() * fraction));
    }

    /** Centred on {@code at} with the same span. */
    public Viewport centredOn(long at) {
        return new Viewport(at - span() / 2, at - span() / 2 + span());
    }

    public boolean contains(long micros) {
        return micros >= start && micros < end;
    }

    /** The x position of {@code micros} on a view {@code width} pixels wide. */
    public double x(long micros, double width) {
        return (micros - start) * width / span();
    }

    /** The instant at x position {@code x} on a view {@code width} pixels wide. */
    public long micros(double x, double width) {
        return start + Math.round(x / width * span());
    }
}
