package io.ledgerline.ui.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerline.analysis.ReviewService;
import io.ledgerline.audit.AuditTrail;
import io.ledgerline.domain.DecisionKind;
import io.ledgerline.domain.ReviewDecision;
import io.ledgerline.store.CaseFile;
import io.ledgerline.store.CaseLocation;
import io.ledgerline.store.PasswordPrompt;
import io.ledgerline.store.ReviewStore;
import io.ledgerline.testing.CaseEngine;
import io.ledgerline.testing.Investigators;
import io.ledgerline.testing.ReviewCase;
import io.ledgerline.ui.RecordingDialogs;
import io.ledgerline.ui.main.AccountRow;
import io.ledgerline.ui.main.MainView;
import io.ledgerline.ui.main.MainViewModel;
import io.ledgerline.ui.task.UiTasks;
import io.ledgerline.workspace.AppDirs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window on a case on the PostgreSQL test server (a fresh {@link ReviewCase} imported by alice), while bob
 * works on the same case from another connection: what a team sees.
 */
@ExtendWith(ApplicationExtension.class)
class SharedCaseWindowTest {

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private Path dir;
    private CaseLocation location;
    private Stage stage;
    private MainViewModel model;
    private CaseFile bobsCase;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        dir = Files.createTempDirectory("ledgerline-shared");
        location = ReviewCase.createAs(dir, "alice", CaseEngine.POSTGRESQL);
    }

    /** Shows the window on the server case, asking for colleagues' changes every {@code pollEvery}. */
    private TableView<AccountRow> open(FxRobot robot, Duration pollEvery) throws Exception {
        robot.interact(() -> {
            UiTasks tasks = new UiTasks();
            model = new MainViewModel(tasks, dialogs, new AppDirs(dir.resolve("home")), PasswordPrompt.NONE,
                    pollEvery);
            stage.setScene(new Scene(new MainView(model, tasks, dialogs, null).root(), 1200, 800));
            stage.titleProperty().bind(model.titleProperty());
            stage.show();
            model.open(location);
        });
        TableView<AccountRow> accounts = robot.lookup("#accounts").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> accounts.getItems().size() == 2
                && accounts.getSelectionModel().getSelectedItem() != null);
        return accounts;
    }

    private AuditTrail bob() {
        bobsCase = CaseEngine.open(location);
        return Investigators.trail(bobsCase, dir, "bob");
    }

    @AfterEach
    void close(FxRobot robot) {
        if (model != null) {
            robot.interact(model::close);
        }
        if (bobsCase != null) {
            bobsCase.close();
        }
    }

    private static String status(TableView<AccountRow> accounts, String accountId) {
        return accounts.getItems().stream().filter(r -> r.accountId().equals(accountId)).findFirst()
                .map(AccountRow::reviewStatus).orElse("(not shown)");
    }

    @Test
    void opensTheServerCaseAndShowsItsAccountsAndWhereItIs(FxRobot robot) throws Exception {
        TableView<AccountRow> accounts = open(robot, CaseChangeWatch.INTERVAL);
        assertEquals("ACC-1", accounts.getSelectionModel().getSelectedItem().accountId(), "the first takeover");
        CaseLocation.Server server = (CaseLocation.Server) location;
        assertEquals(server.caseId() + " on " + server.host() + ":" + server.port() + "/" + server.database()
                + " – Ledgerline", stage.getTitle());
        assertTrue(model.recentCases().contains(location), "listed among the recent cases by its location");
    }

    @Test
    void aColleaguesDecisionAppearsWithinThePollingInterval(FxRobot robot) throws Exception {
        TableView<AccountRow> accounts = open(robot, CaseChangeWatch.INTERVAL);
        new ReviewService().decide(bob(), new ReviewDecision(null, "ACC-1", DecisionKind.CONFIRM_ACCOUNT, null,
                "customer called"));
        // one interval for the poll to notice, a little more for the refresh job that follows it
        WaitForAsyncUtils.waitFor((long) CaseChangeWatch.INTERVAL.toMillis() + 3_000, TimeUnit.MILLISECONDS,
                () -> status(accounts, "ACC-1").equals("confirmed"));
        Label note = robot.lookup("#team-note").queryAs(Label.class);
        assertTrue(note.getText().startsWith("bob confirmed ACC-1 ("), note.getText());
        assertEquals("ACC-1", accounts.getSelectionModel().getSelectedItem().accountId(), "the selection is kept");
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }

    @Test
    void aDecisionOnWhatAColleagueChangedMeanwhileIsRefusedWithTheirNameAndWritesNothing(FxRobot robot)
            throws Exception {
        // the window does not poll here, so bob's decision is one it has not shown yet
        TableView<AccountRow> accounts = open(robot, Duration.hours(1));
        new ReviewService().decide(bob(), new ReviewDecision(null, "ACC-1", DecisionKind.CONFIRM_ACCOUNT, null,
                "customer called"));
        dialogs.answers.add("looks like the customer's own trip");
        robot.clickOn("#review-menu").clickOn("Reject: not a takeover…");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !dialogs.errors.isEmpty());
        String message = dialogs.errors.get(0);
        assertTrue(message.startsWith("ACC-1 was decided by bob at "), message);
        assertTrue(message.contains("customer called") && message.contains("Nothing was written"), message);
        assertEquals(1, new ReviewStore(bobsCase).decisions().size(), "only bob's decision is in the case");
        // the window reloads to show what bob decided
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> status(accounts, "ACC-1").equals("confirmed"));
    }
}
