package io.ledgerline.ui.task;

import io.ledgerline.domain.CancelledException;
import io.ledgerline.domain.Progress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
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
 * The one background-task helper: every long job runs here, one at a time, on a daemon thread. It exposes the running
 * job's title, message and progress for the status bar, and a cancel that the job sees through {@link Progress}.
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
    private Task<?> current;

    @Override
    public <T> void run(String title, BackgroundJob<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        JobTask<T> task = new JobTask<>(title, job);
        task.setOnSucceeded(e -> {
            finished();
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            finished();
            onFailure.accept(task.getException());
        });
        task.setOnCancelled(e -> {
            finished();
            onFailure.accept(new CancelledException());
        });
        message.bind(task.messageProperty());
        progress.bind(task.progressProperty());
        running.set(true);
        current = task;
        executor.execute(task);
    }

    private void finished() {
        message.unbind();
        progress.unbind();
        message.set("");
        progress.set(0);
        running.set(false);
        current = null;
    }

    /** Asks the running job to stop; it stops at its next check and rolls back what it was writing. */
    public void cancel() {
        if (current != null) {
            current.cancel(false);
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

    /** A JavaFX task that is also the job's {@link Progress}: its cancel is the job's cancel. */
    private static final class JobTask<T> extends Task<T> implements Progress {
        private final String title;
        private final BackgroundJob<T> job;

        JobTask(String title, BackgroundJob<T> job) {
            this.title = title;
            this.job = job;
        }

        @Override
        protected T call() throws Exception {
            updateMessage(title);
            return job.run(this);
        }

        @Override
        public void update(long done, long total, String text) {
            // Task coalesces these into one FX-thread update per pulse
            updateProgress(total > 0 ? done : -1, total > 0 ? total : 1);
            updateMessage(title + " – " + text);
        }
    }
}
