package io.ledgerline.domain;

/**
 * How long work reports progress and learns it was cancelled. Core services take one of these, so they stay free of
 * any UI toolkit; the UI adapts it to its task, the CLI to a console line. Called from the worker thread.
 */
public interface Progress {

    /** Work done so far, out of {@code total} ({@code total <= 0} when unknown). */
    void update(long done, long total, String message);

    boolean isCancelled();

    /** Throws {@link CancelledException} if the user cancelled: call between units of work. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }

    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total, String message) {
            // nobody listens
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };
}
