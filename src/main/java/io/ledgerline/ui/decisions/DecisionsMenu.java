package io.ledgerline.ui.decisions;

import static io.ledgerline.ui.MenuItems.item;

import io.ledgerline.analysis.ReviewedResult;
import io.ledgerline.audit.AuditTrail;
import io.ledgerline.domain.LedgerlineException;
import io.ledgerline.store.CaseFile;
import io.ledgerline.ui.DialogService;
import io.ledgerline.ui.audit.AuditLogWindow;
import io.ledgerline.ui.task.TaskRunner;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;

/** The main window's Decisions menu: Decisions…, Audit log…, Verify case…, each enabled while a case is open. */
public final class DecisionsMenu {

    private DecisionsMenu() {
    }

    /**
     * @param reviewed      the main window's reviewed result, which the Decisions window shows and follows
     * @param othersChanged changes when colleagues change the open shared case: an open Decisions window rereads
     */
    public static Menu of(Supplier<Window> owner, TaskRunner tasks, DialogService dialogs,
            ObservableValue<AuditTrail> trail, ObservableValue<ReviewedResult> reviewed,
            ObservableValue<CaseFile> openCase, ObservableValue<?> othersChanged) {
        Consumer<Throwable> failed = e -> dialogs.showError("Audit log", e instanceof LedgerlineException
                ? e.getMessage() : "Reading the audit log failed (" + e.getClass().getSimpleName() + ").", null);
        MenuItem decisions = item("_Decisions…", "Shortcut+D",
                () -> DecisionsWindow.show(owner.get(), tasks, dialogs, trail, reviewed, othersChanged));
        MenuItem log = item("_Audit log…", "Shortcut+Shift+A",
                () -> AuditLogWindow.show(owner.get(), tasks, openCase, failed, false));
        MenuItem verify = item("_Verify case…", null,
                () -> AuditLogWindow.show(owner.get(), tasks, openCase, failed, true));
        Menu menu = new Menu("_Decisions");
        menu.getItems().addAll(decisions, log, verify);
        for (MenuItem i : menu.getItems()) {
            i.setDisable(trail.getValue() == null);
        }
        trail.addListener((obs, old, now) -> menu.getItems().forEach(i -> i.setDisable(now == null)));
        return menu;
    }

}
