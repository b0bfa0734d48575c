package io.ledgerline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerline.analysis.ReviewedResult;
import io.ledgerline.analysis.SharedIndicator;
import io.ledgerline.demo.DemoGenerator;
import io.ledgerline.demo.DemoOptions;
import io.ledgerline.demo.DemoSummary;
import io.ledgerline.domain.Progress;
import io.ledgerline.importer.ImportOptions;
import io.ledgerline.importer.ImportService;
import io.ledgerline.store.CaseFile;
import io.ledgerline.timeline.Alignment;
import io.ledgerline.timeline.ComparedAccount;
import io.ledgerline.ui.main.MainViewModel;
import io.ledgerline.workspace.AppDirs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The linked-accounts and comparison tabs on a small demo incident (two attacker clusters). */
@ExtendWith(ApplicationExtension.class)
class InvestigationTabsTest {

    private MainViewModel model;
    private DemoSummary demo;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("ledgerline-tabs");
        demo = new DemoGenerator().write(dir.resolve("bundle"), DemoOptions.folder(0.2, 1), Progress.NONE);
        Path casePath = dir.resolve("demo.ledgerline");
        try (CaseFile c = CaseFile.create(casePath)) {
            new ImportService().importBundle(demo.bundle(), c, ImportOptions.STRICT, Progress.NONE);
        }
        model = LedgerlineApp.show(stage, new AppDirs(dir.resolve("home")), casePath);
    }

    @BeforeEach
    void waitForTheCase() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.reviewedProperty().get() != null);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(model::close);
    }

    @Test
    void eachClusterShowsWhatItsAccountsShareAndOpensTheirTimelines(FxRobot robot) throws Exception {
        robot.clickOn("Linked accounts");
        ReviewedResult reviewed = model.reviewedProperty().get();
        ListView<Integer> clusters = robot.lookup("#clusters").queryListView();
        assertEquals(reviewed.result().clusters().size(), clusters.getItems().size());
        assertEquals(2, clusters.getItems().size(), "the demo plants two attacker clusters");
        robot.interact(() -> clusters.getSelectionModel().select(Integer.valueOf(2)));
        TableView<SharedIndicator> shared = robot.lookup("#shared-indicators").queryTableView();
        List<String> members = reviewed.result().clusters().get(1);
        assertTrue(!shared.getItems().isEmpty(), "cluster 2 is linked by shared infrastructure");
        for (SharedIndicator indicator : shared.getItems()) {
            assertTrue(indicator.accounts().size() >= 2 && new HashSet<>(members).containsAll(indicator.accounts()),
                    indicator.toString());
        }
        ListView<String> accounts = robot.lookup("#cluster-members").queryListView();
        assertEquals(members, accounts.getItems());
        robot.doubleClickOn(robot.from(accounts).lookup(members.get(0)).queryLabeled(), MouseButton.PRIMARY);
        TabPane tabs = robot.lookup("#investigation-tabs").queryAs(TabPane.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.timeline().sceneProperty().get() != null
                && model.timeline().sceneProperty().get().timeline().accountId().equals(members.get(0)));
        assertEquals("Timeline", tabs.getSelectionModel().getSelectedItem().getText());
    }

    @Test
    void theComparisonHoldsTheCasesTakeoversWithoutAskingForIt() throws Exception {
        int takeovers = model.reviewedProperty().get().accounts().size();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> model.compare().accountsProperty().get().size() == takeovers);
        assertEquals(demo.victims().size(), takeovers, "lined up when the case is shown, before Compare is pressed");
    }

    @Test
    void theComparisonLinesUpEveryTakeoverOnTheCalendarOrFromEachDisclosure(FxRobot robot) throws Exception {
        robot.clickOn("Compare accounts");
        robot.clickOn("#compare");
        int takeovers = model.reviewedProperty().get().accounts().size();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> model.compare().accountsProperty().get().size() == takeovers);
        assertEquals(demo.victims().size(), takeovers);
        WaitForAsyncUtils.waitForFxEvents();
        var calendar = model.compare().viewportProperty().get();
        robot.clickOn("#align-disclosure");
        assertEquals(Alignment.FROM_DISCLOSURE, model.compare().alignmentProperty().get());
        var aligned = model.compare().viewportProperty().get();
        assertTrue(aligned.contains(0), "zero is each account's disclosure: " + aligned);
        assertTrue(aligned.span() < calendar.span(), "aligned, the attacks overlap: " + aligned + " vs " + calendar);
        assertTrue(model.compare().accountsProperty().get().stream().allMatch(ComparedAccount::hasDisclosure),
                "every demo victim's data was disclosed first");
    }
}
