package io.ledgerline.ui.task;

import io.ledgerline.domain.Progress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;

/**
 * The one background-task helper: every long job runs here, one at a time, on a daemon thread; later jobs wait their
 * turn. The status bar shows the job that is running (not the last one queued), and Cancel asks that job to stop. A
 * job reports how it really ended: cancelled only when it stopped at a check and rolled back, never merely because
 * Cancel was pressed after its last check. Call from the FX thread.
 */
public final class UiTasks implements TaskRunner {

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "ledgerline-worker");
        t.setDaemon(true);
        return t;
    });
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final StringProperty message = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private JobTask<?> current;

    @Override
    public <T> void run(String title, BackgroundJob<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        JobTask<T> task = new JobTask<>(title, job);
        task.setOnRunning(e -> started(task));
        task.setOnSucceeded(e -> {
            finished(task);
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            finished(task);
            onFailure.accept(task.getException());
        });
        executor.execute(task);
    }

    @Override
    public <T> void runQuietly(BackgroundJob<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        executor.execute(() -> {
            try {
                T result = job.run(Progress.NONE);
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Exception | Error e) {
                Platform.runLater(() -> onFailure.accept(e));
            }
        });
    }

    private void started(JobTask<?> task) {
        current = task;
        message.bind(task.messageProperty());
        progress.bind(task.progressProperty());
        running.set(true);
    }

    private void finished(JobTask<?> task) {
        if (current != task) {
            return;
        }
        message.unbind();
        progress.unbind();
        message.set("");
        progress.set(0);
        running.set(false);
        current = null;
    }

    /** Asks the running job to stop at its next check; it then rolls back what it was writing. */
    public void cancel() {
        if (current != null) {
            current.requestCancel();
        }
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    /** A JavaFX task running one job; the job sees Cancel through its {@link Progress}. */
    private static final class JobTask<T> extends Task<T> {
        private final String title;
        private final BackgroundJob<T> job;
        private volatile boolean cancelRequested;

        JobTask(String title, BackgroundJob<T> job) {
            this.title = title;
            this.job = job;
        }

        void requestCancel() {
            cancelRequested = true;
            updateMessage(title + " – cancelling…");
        }

        @Override
        protected T call() throws Exception {
            updateMessage(title);
            return job.run(new Progress() {
                @Override
                public void update(long done, long total, String text) {
                    // Task coalesces these into one FX-thread update per pulse
                    updateProgress(total > 0 ? done : -1, total > 0 ? total : 1);
                    updateMessage(title + " – " + text);
                }

                @Override
                public boolean isCancelled() {
                    return cancelRequested;
                }
            });
        }
    }
}
