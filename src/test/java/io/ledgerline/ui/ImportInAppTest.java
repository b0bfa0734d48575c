package io.ledgerline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerline.ui.main.AccountRow;
import io.ledgerline.testing.BundleBuilder;
import io.ledgerline.ui.main.MainViewModel;
import io.ledgerline.workspace.AppDirs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Importing from the app: the report dialog after a good import, the problems after a refusal. */
@ExtendWith(ApplicationExtension.class)
class ImportInAppTest {

    private MainViewModel model;
    private Path dir;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("ledgerline-ui-import");
        model = LedgerlineApp.show(stage, new AppDirs(dir.resolve("home")), (Path) null);
    }

    @BeforeEach
    void waitForTheDemoCase() throws Exception {
        // the demo case opens first (built on this first run); the imports below go into it
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.openCaseProperty().get() != null);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(model::close);
    }

    private static boolean showing(Node node) {
        return node.getScene() != null && node.getScene().getWindow() != null
                && node.getScene().getWindow().isShowing();
    }

    /** The text of the dialog now showing, once it shows. */
    private String dialogText(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup(".dialog-pane").match(ImportInAppTest::showing).tryQuery().isPresent());
        return robot.lookup(".dialog-pane .text-area").match(ImportInAppTest::showing).queryAs(TextArea.class)
                .getText();
    }

    private void closeDialog(FxRobot robot) {
        robot.clickOn(robot.lookup(".dialog-pane .button").match(ImportInAppTest::showing).queryButton());
    }

    @Test
    void aRefusedImportListsEveryProblemAndLeavesTheCaseAsItWas(FxRobot robot) throws Exception {
        TableView<AccountRow> accounts = robot.lookup("#accounts").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !accounts.getItems().isEmpty());
        int before = accounts.getItems().size();
        String events = BundleBuilder.EVENTS_HEADER + "E1,ACC-1,2024-05-30 14:00,LOGIN,,,,,,,,,\n"
                + "E2,ACC-404,2024-05-30T14:00:00Z,LOGIN,,,,,,,,,\n";
        Path bundle = BundleBuilder.valid().file("events.csv", events).writeFolder(dir.resolve("bad"));
        robot.interact(() -> model.importBundle(bundle, false));
        String text = dialogText(robot);
        assertTrue(text.contains("events.csv:2: occurred_at:"), text);
        assertTrue(text.contains("events.csv:3: account_id:"), text);
        closeDialog(robot);
        assertEquals(before, accounts.getItems().size());
    }

    @Test
    void aLenientImportReportsQuarantinedRowsAndShowsTheNewAccounts(FxRobot robot) throws Exception {
        TableView<AccountRow> accounts = robot.lookup("#accounts").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !accounts.getItems().isEmpty());
        int before = accounts.getItems().size();
        String events = BundleBuilder.EVENTS_HEADER + "E1,ACC-1,2024-05-30T14:00:00Z,LOGIN,,,,,,,,,\n"
                + "E2,ACC-404,2024-05-30T14:00:00Z,LOGIN,,,,,,,,,\n";
        // no prices: the demo case holds its own BTC prices, and a different price at the same hour is a conflict
        Path bundle = BundleBuilder.valid().file("events.csv", events).without("prices.csv")
                .writeFolder(dir.resolve("lenient"));
        robot.interact(() -> model.importBundle(bundle, true));
        String text = dialogText(robot);
        assertTrue(text.contains("quarantined: events.csv:3: account_id:"), text);
        closeDialog(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> accounts.getItems().size() == before + 2);
        Label status = robot.lookup("#status").queryAs(Label.class);
        // the status line shows a running job (the first takeover's timeline loads with the case) until it is done
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status.getText().contains("1 quarantined"));
    }
}
