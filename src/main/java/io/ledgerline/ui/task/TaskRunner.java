package io.ledgerline.ui.task;

import java.util.function.Consumer;

/** Runs background jobs for view models; {@link UiTasks} in the app, a same-thread runner in tests. */
public interface TaskRunner {

    /**
     * Runs {@code job} away from the FX thread, then {@code onSuccess} or {@code onFailure} on the FX thread.
     *
     * @param title what the status bar shows while it runs
     */
    <T> void run(String title, BackgroundJob<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /**
     * Runs a short read in the same queue as the other jobs (so it never meets a job on the case's connection), then
     * {@code onSuccess} or {@code onFailure} on the FX thread, without showing in the status bar or blocking the
     * menus: for the shared case's poll every few seconds. A runner without a status bar runs it as any job.
     */
    default <T> void runQuietly(BackgroundJob<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        run("", job, onSuccess, onFailure);
    }
}
