package io.ledgerline.timeline;

/**
 * One labelled tick of the time axis.
 *
 * @param major whether the tick starts a larger unit (a new day under hour ticks, say); its label carries that unit
 */
public record AxisTick(long micros, String label, boolean major) {
}
