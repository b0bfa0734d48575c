package io.ledgerline.ui.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerline.analysis.PlaybookService;
import io.ledgerline.analysis.PlaybookSettings;
import io.ledgerline.analysis.ReviewService;
import io.ledgerline.analysis.ReviewedResult;
import io.ledgerline.audit.AuditTrail;
import io.ledgerline.domain.Progress;
import io.ledgerline.audit.VerifyService;
import io.ledgerline.domain.AuditEntry;
import io.ledgerline.report.Filing;
import io.ledgerline.report.FilingField;
import io.ledgerline.report.FilingService;
import io.ledgerline.report.GeneratedReport;
import io.ledgerline.report.ReportKind;
import io.ledgerline.report.AccountPictures;
import io.ledgerline.store.AuditLogStore;
import io.ledgerline.store.CaseFile;
import io.ledgerline.testing.Investigators;
import io.ledgerline.testing.ReportCase;
import io.ledgerline.ui.task.UiTasks;
import java.nio.file.Files;
import java.nio.file.Path;
import io.ledgerline.compensation.RecoveredService;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Reports menu driven headless as a user would: the workbook is written in the background and reported. */
@ExtendWith(ApplicationExtension.class)
class ReportsMenuTest {

    private Path dir;
    private CaseFile caseFile;
    private final List<GeneratedReport> written = new CopyOnWriteArrayList<>();
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private final UiTasks tasks = new UiTasks();
    private ReportsViewModel model;

    /** Answers every dialog as the test says: save under {@code dir}, enter a root cause. */
    private final class FakeDialogs implements ReportDialogs {
        @Override
        public Optional<Path> chooseWorkbook(ReportKind kind, String suggestedName) {
            return Optional.of(dir.resolve(suggestedName.replace(".xlsx", "")));
        }

        @Override
        public void showWritten(GeneratedReport report) {
            written.add(report);
        }

        @Override
        public Optional<NarrativeEdit> editNarrative(Filing current) {
            return Optional.of(new NarrativeEdit(FilingField.ROOT_CAUSE, "Forged court orders", "from the menu"));
        }

        @Override
        public Optional<RecoveredEdit> enterRecovered(Map<String, List<String>> assetsByAccount) {
            offered.putAll(assetsByAccount);
            return Optional.of(new RecoveredEdit("ACC-1", "BTC", "0.1", "frozen at the receiving exchange"));
        }

        @Override
        public void showError(String title, String message, String details) {
            errors.add(message);
        }
    }

    private final Map<String, List<String>> offered = new java.util.concurrent.ConcurrentHashMap<>();

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("ledgerline-reports");
        caseFile = CaseFile.open(ReportCase.create(dir));
        AuditTrail bob = Investigators.trail(caseFile, dir, "bob");
        ReviewedResult reviewed = new ReviewService().review(caseFile,
                new PlaybookService().analyze(caseFile, PlaybookSettings.defaults(), Progress.NONE));
        model = new ReportsViewModel(tasks, new FakeDialogs(), () -> bob, () -> reviewed, AccountPictures.NONE,
                dir.resolve("ledgerline.log"));
        MenuBar bar = new MenuBar(ReportsMenu.create(model, new SimpleBooleanProperty(false)));
        stage.setScene(new Scene(new BorderPane(null, bar, null, null, null), 600, 300));
        stage.show();
    }

    @AfterEach
    void close() {
        caseFile.close();
    }

    @Test
    void writesTheRegulatorWorkbookFromTheMenu(FxRobot robot) throws Exception {
        robot.clickOn("#reports-menu").clickOn("#report-regulator");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !written.isEmpty() || !errors.isEmpty());
        assertEquals(List.of(), errors);
        GeneratedReport r = written.get(0);
        assertEquals(dir.resolve("report-regulator.xlsx"), r.file(), ".xlsx is added to a name without it");
        assertTrue(Files.size(r.file()) > 0);
        assertTrue(Files.exists(r.sha256File()));
        assertEquals(List.of(), new VerifyService().verify(caseFile, List.of(r.file())).findings(),
                "recorded through the trail, so verify knows the file");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> model.lastResultProperty().get().startsWith("Regulator filing written"));
    }

    @Test
    void recordsTheRecoveredAmountEnteredForATakeoverThroughTheTrail(FxRobot robot) throws Exception {
        robot.clickOn("#reports-menu").clickOn("#report-recovered");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> model.lastResultProperty().get().endsWith("saved") || !errors.isEmpty());
        assertEquals(List.of(), errors);
        assertTrue(offered.containsKey("ACC-1") && offered.get("ACC-1").contains("BTC"),
                "the takeovers and what they lost are offered: " + offered);
        assertEquals(0, new java.math.BigDecimal("0.1").compareTo(new RecoveredService().amounts(caseFile)
                .of("ACC-1").get("BTC")));
        AuditEntry last = new AuditLogStore(caseFile).entries().stream().reduce((a, b) -> b).orElseThrow();
        assertEquals(RecoveredService.ACTION, last.action());
        assertEquals("bob", last.investigator());
    }

    @Test
    void recordsTheNarrativeEnteredInTheDialog(FxRobot robot) throws Exception {
        robot.clickOn("#reports-menu").clickOn("#report-narrative");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> model.lastResultProperty().get().endsWith("saved") || !errors.isEmpty());
        assertEquals(List.of(), errors);
        assertEquals(Optional.of("Forged court orders"),
                new FilingService().filing(caseFile).text(FilingField.ROOT_CAUSE));
        AuditEntry last = new AuditLogStore(caseFile).entries().stream().reduce((a, b) -> b).orElseThrow();
        assertEquals(FilingService.ACTION, last.action());
        assertEquals("bob", last.investigator(), "written as the open case's profile");
        assertEquals("from the menu", last.reason());
    }
}
