package io.ledgerline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerline.domain.Progress;
import io.ledgerline.importer.ImportOptions;
import io.ledgerline.importer.ImportService;
import io.ledgerline.ui.main.AccountRow;
import io.ledgerline.store.CaseFile;
import io.ledgerline.ui.timeline.EventRow;
import io.ledgerline.testing.BundleBuilder;
import io.ledgerline.ui.main.MainViewModel;
import io.ledgerline.workspace.AppDirs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main window on a small case, driven headless (Monocle) as a user would. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private MainViewModel model;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("ledgerline-ui");
        Path casePath = dir.resolve("small.ledgerline");
        try (CaseFile c = CaseFile.create(casePath)) {
            new ImportService().importBundle(BundleBuilder.valid().writeFolder(dir.resolve("bundle")), c,
                    ImportOptions.STRICT, Progress.NONE);
        }
        model = LedgerlineApp.show(stage, new AppDirs(dir.resolve("home")), casePath);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(model::close);
    }

    @Test
    void opensTheCaseAndShowsTheSelectedAccountsEvents(FxRobot robot) throws Exception {
        TableView<AccountRow> accounts = robot.lookup("#accounts").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> accounts.getItems().size() == 2);
        Label status = robot.lookup("#status").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status.getText().contains("2 accounts"));
        assertTrue(status.getText().contains("3 events"), status.getText());

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("ACC-1").tryQuery().isPresent());
        robot.clickOn("ACC-1");
        TableView<EventRow> events = robot.lookup("#timeline-events").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> events.getItems().size() == 2);
        assertEquals("ACC-1", accounts.getSelectionModel().getSelectedItem().accountId());
        assertEquals("E1", events.getItems().get(0).entry().facts().eventId(), "time order: E1 is 13:14Z, E2 14:00Z");
        assertTrue(robot.lookup("WITHDRAWAL").tryQuery().isPresent(), "the withdrawal row is shown");
    }
}
