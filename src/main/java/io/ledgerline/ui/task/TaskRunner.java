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
}
