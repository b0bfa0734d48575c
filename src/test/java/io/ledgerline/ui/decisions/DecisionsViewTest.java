package io.ledgerline.ui.decisions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerline.analysis.PlaybookService;
import io.ledgerline.analysis.PlaybookSettings;
import io.ledgerline.analysis.ReviewService;
import io.ledgerline.analysis.ReviewedResult;
import io.ledgerline.audit.AuditTrail;
import io.ledgerline.compensation.CompensationPolicy;
import io.ledgerline.compensation.CompensationService;
import io.ledgerline.domain.DecisionKind;
import io.ledgerline.domain.Progress;
import io.ledgerline.domain.ReviewDecision;
import io.ledgerline.store.CaseFile;
import io.ledgerline.testing.Investigators;
import io.ledgerline.testing.ReviewCase;
import io.ledgerline.ui.RecordingDialogs;
import io.ledgerline.ui.task.UiTasks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Decisions window, acting as bob, on the tiny case where alice proposed ACC-1's compensation. */
@ExtendWith(ApplicationExtension.class)
class DecisionsViewTest {

    private CaseFile caseFile;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private DecisionsViewModel model;
    private AuditTrail alice;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("ledgerline-decisions");
        caseFile = CaseFile.open(ReviewCase.createAs(dir, "alice"));
        alice = Investigators.trail(caseFile, dir, "alice");
        AuditTrail bob = Investigators.trail(caseFile, dir, "bob");
        ReviewService review = new ReviewService();
        review.decide(alice, new ReviewDecision(null, "ACC-1", DecisionKind.CONFIRM_ACCOUNT, null, "called"));
        review.decide(bob, new ReviewDecision(null, "ACC-2", DecisionKind.CONFIRM_ACCOUNT, null, "bank letter"));
        // ACC-2 is not suspected: its one withdrawal is counted by hand, or there would be nothing to compensate
        review.decide(bob, new ReviewDecision(null, "ACC-2", DecisionKind.ADD_WITHDRAWAL, "E6", "bank letter"));
        new CompensationService().propose(alice, review.review(caseFile, new PlaybookService().analyze(caseFile,
                PlaybookSettings.defaults(), Progress.NONE)), "ACC-1", CompensationPolicy.DEFAULT, "reviewed loss");
        // the main window's reviewed result, as it would hand it over
        SimpleObjectProperty<ReviewedResult> reviewed = new SimpleObjectProperty<>(review.review(caseFile,
                new PlaybookService().analyze(caseFile, PlaybookSettings.defaults(), Progress.NONE)));
        model = DecisionsWindow.show(stage, new UiTasks(), dialogs, new SimpleObjectProperty<>(bob), reviewed,
                new SimpleLongProperty());
    }

    @AfterEach
    void close() {
        caseFile.close();
    }

    private TableView<DecisionRow> table(FxRobot robot) throws Exception {
        TableView<DecisionRow> table = robot.lookup("#decisions-table").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        return table;
    }

    private static DecisionRow row(TableView<DecisionRow> table, String account) {
        return table.getItems().stream().filter(r -> r.accountId().equals(account)).findFirst().orElseThrow();
    }

    private static void waitForState(TableView<DecisionRow> table, String account, String state) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> state.equals(row(table, account).state()));
    }

    @Test
    void aSecondInvestigatorApprovesWithAReason(FxRobot robot) throws Exception {
        TableView<DecisionRow> table = table(robot);
        assertEquals("proposed", row(table, "ACC-1").state());
        assertTrue(row(table, "ACC-1").proposal().startsWith("#1: 0.5005 BTC in kind"), row(table, "ACC-1")
                .proposal());
        robot.clickOn("ACC-1");
        dialogs.answers.add("matches the withdrawal records");
        robot.clickOn("#decisions-approve");
        waitForState(table, "ACC-1", "approved");
        assertTrue(row(table, "ACC-1").history().startsWith("proposed by alice; approved by bob"),
                row(table, "ACC-1").history());
        assertTrue(model.statusProperty().get().contains("is approved"), model.statusProperty().get());
    }

    @Test
    void returnsAProposalWithWhy(FxRobot robot) throws Exception {
        TableView<DecisionRow> table = table(robot);
        robot.clickOn("ACC-1");
        dialogs.answers.add("check the fee");
        robot.clickOn("#decisions-return");
        waitForState(table, "ACC-1", "returned");
        assertTrue(row(table, "ACC-1").history().contains("returned by bob — \u201ccheck the fee\u201d"),
                row(table, "ACC-1").history());
    }

    @Test
    void theProposerCannotApproveTheirOwnProposal(FxRobot robot) throws Exception {
        TableView<DecisionRow> table = table(robot);
        robot.clickOn("ACC-2");
        dialogs.answers.add("bank letter confirms");
        robot.clickOn("#decisions-propose");
        waitForState(table, "ACC-2", "proposed");
        dialogs.answers.add("looks right");
        robot.clickOn("#decisions-approve");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> model.statusProperty().get().contains("approval needs a second investigator"));
        assertEquals("proposed", row(table, "ACC-2").state());
    }

    @Test
    void anApprovalOfAProposalSupersededMeanwhileIsRefusedWithWhoChangedIt(FxRobot robot) throws Exception {
        TableView<DecisionRow> table = table(robot);
        robot.clickOn("ACC-1");
        // alice re-proposes in USD while bob looks at her first proposal (on a shared case: from her own computer)
        new CompensationService().propose(alice, new ReviewService().review(caseFile, new PlaybookService().analyze(
                caseFile, PlaybookSettings.defaults(), Progress.NONE)), "ACC-1",
                new CompensationPolicy(CompensationPolicy.Kind.USD, null), "in USD after all");
        dialogs.answers.add("matches the withdrawal records");
        robot.clickOn("#decisions-approve");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !dialogs.errors.isEmpty());
        assertTrue(dialogs.errors.get(0).startsWith("Proposal #1 of ACC-1 was superseded by #2 from alice"),
                dialogs.errors.get(0));
        // the window reads the case again: bob now sees the proposal he has to judge, still unapproved
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> row(table, "ACC-1").proposal().startsWith("#2: "));
        assertEquals("proposed", row(table, "ACC-1").state());
        assertEquals(2, row(table, "ACC-1").proposalId());
    }
}
