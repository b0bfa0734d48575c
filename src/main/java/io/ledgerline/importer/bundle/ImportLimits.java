package io.ledgerline.importer.bundle;

/**
 * Bounds that keep hostile input from exhausting the workstation.
 *
 * @param maxDecompressedBytes the most bytes all compressed files of a bundle may expand to
 * @param maxCompressionRatio  refuse an entry that expands more than this many times (beyond {@code ratioFloorBytes})
 * @param ratioFloorBytes      small entries may compress well; the ratio is checked past this many bytes
 * @param maxFieldChars        the longest field (or JSON line) accepted, in characters
 */
public record ImportLimits(long maxDecompressedBytes, long maxCompressionRatio, long ratioFloorBytes,
        int maxRowChars) {

    /** Generous for real exports (CSV compresses 5–20×), tight for bombs (which compress 1000× and more). */
    public static final ImportLimits DEFAULT = new ImportLimits(64L << 30, 100, 64L << 20, 8 << 20);
}
