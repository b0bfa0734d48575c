package io.ledgerline.ui.startup;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Marks two start-up moments, measured from the start of the process: the main window's first frame and the first
 * case shown in it. Both go to the log; with the environment variable {@value #ENV} set to {@code print} they are
 * also printed on standard output (the start-up benchmark reads them), and with {@code exit} the app then quits
 * (the build's class-list run for the class data sharing archive).
 *
 * <p>A mark is taken on the second pulse after the moment: an {@link AnimationTimer} runs at the start of a pulse,
 * before that pulse renders, so the second call proves the first frame was drawn (at most one pulse, ~16 ms, late).
 */
public final class StartupMarks {

    public static final String ENV = "LEDGERLINE_STARTUP";
    private static final Logger LOG = LoggerFactory.getLogger(StartupMarks.class);

    private final Instant processStart;
    private final String mode;
    private final Consumer<String> out;

    StartupMarks(Instant processStart, String mode, Consumer<String> out) {
        this.processStart = processStart;
        this.mode = mode == null ? "" : mode.toLowerCase(Locale.ROOT);
        this.out = out;
    }

    /** Watches {@code stage} and {@code openCase} of the app just started. Call on the FX thread within start(). */
    public static void watch(Stage stage, ObservableValue<?> openCase) {
        Instant start = ProcessHandle.current().info().startInstant().orElseGet(Instant::now);
        StartupMarks marks = new StartupMarks(start, System.getenv(ENV), System.out::println);
        marks.onSecondPulseAfter(stage.showingProperty(), "first-frame", () -> { });
        marks.onSecondPulseAfter(openCase, "case-shown", marks::exitIfAsked);
    }

    private void onSecondPulseAfter(ObservableValue<?> value, String name, Runnable then) {
        Runnable startTimer = () -> new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    stop();
                    mark(name, Instant.now());
                    then.run();
                }
            }
        }.start();
        if (present(value.getValue())) {
            startTimer.run(); // already shown in this pulse-free stretch of start(): its first frame is yet to come
            return;
        }
        value.addListener(new ChangeListener<Object>() {
            @Override
            public void changed(ObservableValue<?> obs, Object old, Object current) {
                if (present(current)) {
                    obs.removeListener(this);
                    startTimer.run();
                }
            }
        });
    }

    private static boolean present(Object value) {
        return value != null && !Boolean.FALSE.equals(value);
    }

    /** Logs the moment and, when asked for, prints {@code startup NAME ms=… epoch-ms=…}. */
    void mark(String name, Instant at) {
        long ms = Duration.between(processStart, at).toMillis();
        LOG.info("Start-up: {} {} ms after the process started", name, ms);
        if (mode.equals("print") || mode.equals("exit")) {
            out.accept("startup " + name + " ms=" + ms + " epoch-ms=" + at.toEpochMilli());
        }
    }

    private void exitIfAsked() {
        if (mode.equals("exit")) {
            Platform.exit();
        }
    }
}
