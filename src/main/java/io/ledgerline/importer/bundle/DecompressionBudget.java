package io.ledgerline.importer.bundle;

/** Bytes left that the compressed files of one bundle may still expand to. Used from one thread. */
public final class DecompressionBudget {

    private long remaining;

    public DecompressionBudget(long bytes) {
        this.remaining = bytes;
    }

    /** False when taking {@code bytes} more goes over the bound. */
    boolean take(long bytes) {
        remaining -= bytes;
        return remaining >= 0;
    }
}
