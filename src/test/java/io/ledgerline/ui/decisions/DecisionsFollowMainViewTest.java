package io.ledgerline.ui.decisions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerline.domain.DecisionKind;
import io.ledgerline.store.AnalysisRunStore;
import io.ledgerline.testing.ReviewCase;
import io.ledgerline.ui.RecordingDialogs;
import io.ledgerline.ui.main.MainViewModel;
import io.ledgerline.ui.task.UiTasks;
import io.ledgerline.audit.Profile;
import io.ledgerline.workspace.AppDirs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Decisions window opened from the main window shows the main window's reviewed result: the playbook is not run a
 * second time for it (each run is recorded in the case's analysis_runs), and a review decision taken in the main
 * window shows in it.
 */
@ExtendWith(ApplicationExtension.class)
class DecisionsFollowMainViewTest {

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final UiTasks tasks = new UiTasks();
    private MainViewModel main;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path dir = Files.createTempDirectory("ledgerline-decisions-follow");
        Path casePath = ReviewCase.createAs(dir, "alice");
        AppDirs dirs = new AppDirs(dir.resolve("home"));
        Profile.open(dirs.profile(), "bob");
        main = new MainViewModel(tasks, dialogs, dirs);
        main.open(casePath);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(main::close);
    }

    private long analysisRuns() {
        return new AnalysisRunStore(main.openCaseProperty().get()).runs().size();
    }

    private static DecisionRow row(DecisionsViewModel model, String account) {
        return model.rows().stream().filter(r -> r.accountId().equals(account)).findFirst().orElseThrow();
    }

    @Test
    void showsTheMainWindowsResultWithoutASecondAnalysisAndFollowsItsDecisions(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> main.reviewedProperty().get() != null || !dialogs.errors.isEmpty());
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
        long runsWithTheMainWindow = analysisRuns();

        DecisionsViewModel model = WaitForAsyncUtils.asyncFx(() -> DecisionsWindow.show(stage, tasks, dialogs,
                main.trailProperty(), main.reviewedProperty(), main.othersChangesProperty())).get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> model.rows().stream().anyMatch(r -> r.accountId().equals("ACC-1")));
        String unreviewed = row(model, "ACC-1").review();

        // a review decision in the main window: its result changes, and the Decisions window shows the new one
        robot.interact(() -> main.decide(DecisionKind.CONFIRM_ACCOUNT, "ACC-1", null, "called the customer"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !row(model, "ACC-1").review().equals(unreviewed));
        assertEquals(main.reviewedProperty().get().account("ACC-1").orElseThrow().status().code(),
                row(model, "ACC-1").review());
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());

        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(runsWithTheMainWindow, analysisRuns(), "the Decisions window ran no playbook of its own");
    }
}
