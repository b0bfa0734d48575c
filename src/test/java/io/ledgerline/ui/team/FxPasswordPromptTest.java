package io.ledgerline.ui.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerline.store.CaseLocation;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The password dialog, asked from a background job's thread as the store does while it connects. */
@ExtendWith(ApplicationExtension.class)
class FxPasswordPromptTest {

    private static final CaseLocation.Server SERVER = new CaseLocation.Server("db.example.org", 5432, "cases",
            "INC-7", "bob");
    private FxPasswordPrompt prompt;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
        prompt = new FxPasswordPrompt(() -> stage);
    }

    private static PasswordField field(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#server-password").tryQuery()
                .isPresent());
        PasswordField field = robot.lookup("#server-password").queryAs(PasswordField.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> field.getScene() != null
                && field.getScene().getWindow() != null && field.getScene().getWindow().isShowing());
        WaitForAsyncUtils.waitForFxEvents();
        return field;
    }

    @Test
    void theJobWaitsForWhatTheInvestigatorTypes(FxRobot robot) throws Exception {
        CompletableFuture<char[]> answer = CompletableFuture.supplyAsync(() -> prompt.ask(SERVER, true));
        PasswordField field = field(robot);
        String header = robot.lookup(".dialog-pane").queryAs(DialogPane.class).getHeaderText();
        assertTrue(header.startsWith("The server refused that password. Password for bob on db.example.org:5432/cases"),
                header);
        robot.interact(() -> field.setText("s3cret"));
        robot.clickOn("OK");
        assertEquals("s3cret", new String(answer.get(10, TimeUnit.SECONDS)));
    }

    @Test
    void cancellingGivesNoPassword(FxRobot robot) throws Exception {
        CompletableFuture<char[]> answer = CompletableFuture.supplyAsync(() -> prompt.ask(SERVER, false));
        field(robot);
        robot.clickOn("Cancel");
        assertNull(answer.get(10, TimeUnit.SECONDS));
    }
}
