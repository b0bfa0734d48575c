package io.ledgerline.ui.decisions;

import io.ledgerline.audit.AuditTrail;
import io.ledgerline.ui.ChildWindow;
import io.ledgerline.ui.DialogService;
import io.ledgerline.ui.task.TaskRunner;
import javafx.beans.value.ObservableValue;
import javafx.stage.Window;

/** Opens the Decisions view in a window of its own, on the case open in the main window. */
public final class DecisionsWindow {

    private DecisionsWindow() {
    }

    /** Shows the window over {@code owner} and reads the decisions; it closes when the open case changes. */
    public static DecisionsViewModel show(Window owner, TaskRunner tasks, DialogService dialogs,
            ObservableValue<AuditTrail> trail) {
        DecisionsViewModel model = new DecisionsViewModel(tasks, trail.getValue());
        ChildWindow.show(owner, "Decisions – " + trail.getValue().caseFile().displayName(),
                new DecisionsView(model, dialogs).root(), 1360, 560, trail);
        model.refresh();
        return model;
    }
}
