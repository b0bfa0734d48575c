package io.ledgerline.ui.audit;

import io.ledgerline.store.CaseFile;
import io.ledgerline.ui.ChildWindow;
import io.ledgerline.ui.task.TaskRunner;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.stage.Window;

/** Opens the Audit log view in a window of its own, on the case open in the main window. */
public final class AuditLogWindow {

    private AuditLogWindow() {
    }

    /**
     * Shows the window over {@code owner} and reads the log, then verifies the case when {@code verifyNow}; it closes
     * when the open case changes.
     */
    public static AuditLogViewModel show(Window owner, TaskRunner tasks, ObservableValue<CaseFile> openCase,
            Consumer<Throwable> onFailure, boolean verifyNow) {
        CaseFile caseFile = openCase.getValue();
        AuditLogViewModel model = new AuditLogViewModel(tasks, caseFile, onFailure);
        ChildWindow.show(owner, "Audit log – " + caseFile.displayName(),
                new AuditLogView(model).root(), 1360, 600, openCase);
        model.load();
        if (verifyNow) {
            model.verify();
        }
        return model;
    }
}
