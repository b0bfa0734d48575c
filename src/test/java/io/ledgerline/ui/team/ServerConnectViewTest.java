package io.ledgerline.ui.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerline.store.CaseLocation;
import io.ledgerline.store.PasswordPrompt;
import io.ledgerline.testing.CaseEngine;
import io.ledgerline.testing.ReviewCase;
import io.ledgerline.ui.task.UiTasks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Open from server… form, filled in as an investigator would. */
@ExtendWith(ApplicationExtension.class)
class ServerConnectViewTest {

    private ServerConnectViewModel model;

    @Start
    void start(Stage stage) {
        model = new ServerConnectViewModel(new UiTasks(), PasswordPrompt.NONE);
        stage.setScene(new Scene(new ServerConnectView(model, () -> { }).root(), 640, 520));
        stage.show();
    }

    private static void type(FxRobot robot, String id, String text) {
        robot.interact(() -> robot.lookup(id).queryAs(TextField.class).setText(text));
    }

    private static String location(FxRobot robot) {
        return robot.lookup("#server-location").queryAs(TextField.class).getText();
    }

    @Test
    void theFieldsMakeTheLocationShownWithoutAPassword(FxRobot robot) {
        type(robot, "#server-host", "db.example.org");
        type(robot, "#server-port", "6543");
        type(robot, "#server-database", "cases");
        type(robot, "#server-user", "bob");
        type(robot, "#server-case", "INC-2024-0612");
        assertEquals("postgresql://bob@db.example.org:6543/cases?case=INC-2024-0612", location(robot));
        assertEquals(new CaseLocation.Server("db.example.org", 6543, "cases", "INC-2024-0612", "bob"),
                model.location().orElseThrow());
        assertEquals(CaseLocation.parse(location(robot)), model.location().orElseThrow(), "the text parses back");

        type(robot, "#server-port", "5432");
        type(robot, "#server-user", "");
        assertEquals("postgresql://db.example.org/cases?case=INC-2024-0612", location(robot),
                "the default port and no user are left out, as the user would write it");
    }

    @Test
    void anIncompleteOrWrongFieldSaysWhatIsMissingAndMakesNoLocation(FxRobot robot) {
        type(robot, "#server-host", "db.example.org");
        type(robot, "#server-database", "cases");
        assertTrue(model.location().isEmpty());
        assertEquals("", location(robot));
        assertTrue(problem(robot).contains("?case=ID"), problem(robot));

        type(robot, "#server-case", "INC-7");
        type(robot, "#server-port", "54x");
        assertTrue(model.location().isEmpty());
        assertTrue(problem(robot).contains("The port is a number from 1 to 65535"), problem(robot));
        type(robot, "#server-port", "55432");
        assertEquals("", problem(robot));
    }

    private static String problem(FxRobot robot) {
        return robot.lookup("#server-problem").queryAs(Label.class).getText();
    }

    @Test
    void listsTheCasesOnTheServerAndAChosenOneFillsTheCaseId(FxRobot robot) throws Exception {
        Path dir = Files.createTempDirectory("ledgerline-connect");
        CaseLocation.Server made = (CaseLocation.Server) ReviewCase.createAs(dir, "alice", CaseEngine.POSTGRESQL);
        robot.interact(() -> model.fillFrom(made));
        type(robot, "#server-case", "");
        robot.clickOn("#server-list-cases");
        ListView<String> cases = robot.lookup("#server-cases").queryListView();
        Label status = robot.lookup("#server-cases-status").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> cases.getItems().contains(made.caseId())
                && status.getText().contains(" in " + made.database() + " on " + made.host()));
        robot.interact(() -> cases.getSelectionModel().select(made.caseId()));
        assertEquals(made, model.location().orElseThrow());
    }
}
