package io.ledgerline.ui.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerline.domain.CancelledException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class UiTasksTest {

    private final UiTasks tasks = new UiTasks();
    private final List<String> outcomes = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        // the tasks need the toolkit's thread, not a window
    }

    @Test
    void cancelStopsTheRunningJobNotTheOneWaitingAndReportsWhatReallyHappened(FxRobot robot) throws Exception {
        CountDownLatch firstStarted = new CountDownLatch(1);
        robot.interact(() -> {
            tasks.run("first", progress -> {
                firstStarted.countDown();
                while (true) {
                    progress.checkCancelled();
                    Thread.sleep(5);
                }
            }, ok -> outcomes.add("first ok"),
                    error -> outcomes.add(error instanceof CancelledException ? "first cancelled" : "first " + error));
            tasks.run("second", progress -> "done", ok -> outcomes.add("second " + ok),
                    error -> outcomes.add("second failed"));
        });
        assertTrue(firstStarted.await(5, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> tasks.runningProperty().get());
        assertTrue(tasks.messageProperty().get().startsWith("first"), tasks.messageProperty().get());
        robot.interact(tasks::cancel);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> outcomes.size() == 2);
        assertEquals(List.of("first cancelled", "second done"), outcomes);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !tasks.runningProperty().get());
        assertFalse(tasks.runningProperty().get());
    }

    @Test
    void aJobThatFinishesAfterCancelWasPressedReportsSuccess(FxRobot robot) throws Exception {
        CountDownLatch cancelPressed = new CountDownLatch(1);
        robot.interact(() -> tasks.run("late", progress -> {
            cancelPressed.await(5, TimeUnit.SECONDS);
            return "committed"; // past its last check: the work is done, whatever was pressed
        }, ok -> outcomes.add(ok), error -> outcomes.add("failed " + error)));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> tasks.runningProperty().get());
        robot.interact(tasks::cancel);
        cancelPressed.countDown();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> outcomes.size() == 1);
        assertEquals(List.of("committed"), outcomes);
    }
}
