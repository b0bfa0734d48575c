package io.ledgerline.ui.report;

import io.ledgerline.analysis.ReviewedResult;
import io.ledgerline.audit.AuditTrail;
import io.ledgerline.report.TimelinePictures;
import io.ledgerline.report.ReportKind;
import io.ledgerline.store.CaseFile;
import io.ledgerline.ui.DialogService;
import io.ledgerline.ui.task.UiTasks;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.Node;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/** The Reports menu: thin, each item calls its view model command. */
public final class ReportsMenu {

    private ReportsMenu() {
    }

    /**
     * The menu of the main window: the app's dialogs, its one task runner, the accounts' timeline pictures.
     *
     * @param reviewed   the open case's analysis with the review applied (what the window shows), or null
     * @param trail      the open case's audit trail (null while none is open), which every write goes through
     * @param windowNode any node of the window, which owns the dialogs
     */
    public static Menu forWindow(UiTasks tasks, DialogService dialogs, ReadOnlyObjectProperty<CaseFile> openCase,
            Supplier<AuditTrail> trail, Supplier<ReviewedResult> reviewed, Path logFile, Node windowNode) {
        ReportsViewModel model = new ReportsViewModel(tasks, new FxReportDialogs(
                () -> windowNode.getScene().getWindow(), dialogs), trail, reviewed, new TimelinePictures(), logFile);
        return create(model, openCase.isNull().or(tasks.runningProperty()));
    }

    /** @param disabled true while no case is open or a job runs */
    public static Menu create(ReportsViewModel model, ObservableBooleanValue disabled) {
        MenuItem regulator = item("_Regulator workbook…", "report-regulator",
                () -> model.writeWorkbook(ReportKind.REGULATOR));
        MenuItem compensation = item("_Compensation workbook…", "report-compensation",
                () -> model.writeWorkbook(ReportKind.COMPENSATION));
        MenuItem narrative = item("Filing _narrative…", "report-narrative", model::editNarrative);
        MenuItem recovered = item("Recovered _amount…", "report-recovered", model::enterRecovered);
        for (MenuItem i : new MenuItem[] {regulator, compensation, narrative, recovered}) {
            i.disableProperty().bind(disabled);
        }
        Menu menu = new Menu("_Reports");
        menu.setId("reports-menu");
        menu.getItems().addAll(regulator, compensation, new SeparatorMenuItem(), narrative, recovered);
        return menu;
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }
}
