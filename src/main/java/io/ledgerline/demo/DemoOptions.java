package io.ledgerline.demo;

/**
 * How big a demo bundle to write, from which seed, and in which form.
 *
 * @param scale how much background activity: 1 gives about 20,000 events; fractions (e.g. 0.2) give a smaller bundle
 *              for tests; the event count grows linearly with it
 * @param seed  the same seed and scale always give a byte-identical bundle
 * @param zip   write the bundle as one {@code .zip} file at the output path instead of a folder
 */
public record DemoOptions(double scale, long seed, boolean zip) {

    public DemoOptions {
        if (!(scale > 0) || scale > 10_000) {
            throw new IllegalArgumentException("scale must be above 0 and at most 10000, not " + scale);
        }
    }

    public static DemoOptions folder(double scale, long seed) {
        return new DemoOptions(scale, seed, false);
    }
}
