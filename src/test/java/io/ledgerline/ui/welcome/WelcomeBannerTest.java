package io.ledgerline.ui.welcome;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerline.testing.BundleBuilder;
import io.ledgerline.domain.Progress;
import io.ledgerline.importer.ImportOptions;
import io.ledgerline.importer.ImportService;
import io.ledgerline.store.CaseFile;
import io.ledgerline.ui.LedgerlineApp;
import io.ledgerline.ui.main.MainViewModel;
import io.ledgerline.workspace.AppDirs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The first-run welcome, as a user meets it: on the first start of the app, never again. */
@ExtendWith(ApplicationExtension.class)
class WelcomeBannerTest {

    private AppDirs dirs;
    private Path casePath;
    private Stage stage;
    private final List<MainViewModel> models = new ArrayList<>();
    // the guide is handed over from a background thread
    private final List<Path> opened = java.util.Collections.synchronizedList(new ArrayList<>());

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path dir = Files.createTempDirectory("ledgerline-welcome");
        dirs = new AppDirs(dir.resolve("home"));
        casePath = dir.resolve("small.ledgerline");
        try (CaseFile c = CaseFile.create(casePath)) {
            new ImportService().importBundle(BundleBuilder.valid().writeFolder(dir.resolve("bundle")), c,
                    ImportOptions.STRICT, Progress.NONE);
        }
        models.add(LedgerlineApp.show(stage, dirs, casePath, null, false, opened::add, true));
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> models.forEach(MainViewModel::close));
    }

    @Test
    void showsOnTheFirstRunOnlyAndClosesWithItsButton(FxRobot robot) throws Exception {
        // the settings are read in the background: the banner follows the first frame
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#welcome").tryQuery().isPresent());
        assertTrue(Files.readString(dirs.settings()).contains("welcome.shown=true"), "recorded as seen");
        assertTrue(robot.lookup(".label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().contains("Import bundle folder")), "says how to import a real export");

        robot.clickOn("User guide");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !opened.isEmpty());
        assertTrue(Files.readString(opened.get(0)).contains("<h2>"), "the rendered guide is handed to the system");

        robot.clickOn("#welcome-close");
        assertFalse(robot.lookup("#welcome").tryQuery().isPresent(), "closed");

        // the second run: same user, a new window
        robot.interact(() -> {
            models.get(0).close();
            models.add(LedgerlineApp.show(stage, dirs, casePath, null, false, opened::add, true));
        });
        // the welcome check is queued before the case opens: once the case is open, the answer has been given
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> models.get(1).openCaseProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#welcome").tryQuery().isPresent(), "not shown on the second run");
        assertTrue(robot.lookup("#accounts").tryQuery().isPresent(), "the main window is there");
    }
}
