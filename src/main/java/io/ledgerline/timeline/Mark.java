package io.ledgerline.timeline;

/**
 * One drawn mark of a lane: a single event, or several that lie too close to tell apart at this zoom, merged into a
 * count.
 *
 * @param lane         the category's ordinal
 * @param x            centre, in pixels from the plot's left edge
 * @param first        index of the first event it stands for
 * @param last         index of the last (equal to {@code first} for a single event)
 * @param count        how many shown events it stands for
 * @param failures     how many of them failed
 * @param unauthorized how many are unauthorized withdrawals
 * @param ruleHits     how many hit a playbook rule
 */
public record Mark(int lane, double x, int first, int last, int count, int failures, int unauthorized, int ruleHits) {

    public boolean single() {
        return count == 1;
    }
}
