package io.ledgerline.timeline;

import io.ledgerline.domain.Category;

/**
 * Where each part of a timeline sits on a surface of a given size: the overview strip on top, the time axis, then one
 * lane per category. Shared by the painter and by the window's mouse handling, so a click lands where it was drawn.
 */
public record TimelineGeometry(double width, double height) {

    public static final double OVERVIEW_TOP = 6;
    public static final double OVERVIEW_HEIGHT = 48;
    public static final double AXIS_TOP = OVERVIEW_TOP + OVERVIEW_HEIGHT + 6;
    public static final double AXIS_HEIGHT = 22;
    public static final double LANES_TOP = AXIS_TOP + AXIS_HEIGHT;
    public static final double LABEL_WIDTH = 118;
    public static final double RIGHT_MARGIN = 14;

    public double plotLeft() {
        return LABEL_WIDTH;
    }

    public double plotWidth() {
        return Math.max(1, width - LABEL_WIDTH - RIGHT_MARGIN);
    }

    public double laneHeight() {
        return Math.max(18, (height - LANES_TOP - 4) / Category.values().length);
    }

    public double laneTop(int lane) {
        return LANES_TOP + lane * laneHeight();
    }

    public double laneCentre(int lane) {
        return laneTop(lane) + laneHeight() / 2;
    }

    public double lanesBottom() {
        return laneTop(Category.values().length);
    }

    /** The lane under {@code y}, or -1 outside the lanes. */
    public int laneAt(double y) {
        if (y < LANES_TOP || y >= lanesBottom()) {
            return -1;
        }
        return (int) ((y - LANES_TOP) / laneHeight());
    }

    public boolean inOverview(double y) {
        return y >= OVERVIEW_TOP && y < OVERVIEW_TOP + OVERVIEW_HEIGHT;
    }

    /** x relative to the plot's left edge. */
    public double plotX(double x) {
        return x - LABEL_WIDTH;
    }
}
