package io.ledgerline.timeline;

/** How the comparison lines accounts up: on the calendar, or each from its own data disclosure. */
public enum Alignment {
    WALL_CLOCK, FROM_DISCLOSURE
}
