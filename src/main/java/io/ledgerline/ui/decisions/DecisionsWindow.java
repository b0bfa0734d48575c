package io.ledgerline.ui.decisions;

import io.ledgerline.audit.AuditTrail;
import io.ledgerline.ui.ChildWindow;
import io.ledgerline.ui.DialogService;
import io.ledgerline.ui.task.TaskRunner;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Opens the Decisions view in a window of its own, on the case open in the main window. */
public final class DecisionsWindow {

    private DecisionsWindow() {
    }

    /**
     * Shows the window over {@code owner} and reads the decisions; it closes when the open case changes and reads
     * them again when {@code othersChanged} changes (colleagues changed the shared case).
     */
    public static DecisionsViewModel show(Window owner, TaskRunner tasks, DialogService dialogs,
            ObservableValue<AuditTrail> trail, ObservableValue<?> othersChanged) {
        DecisionsViewModel model = new DecisionsViewModel(tasks, trail.getValue(), dialogs);
        Stage stage = ChildWindow.show(owner, "Decisions – " + trail.getValue().caseFile().displayName(),
                new DecisionsView(model, dialogs).root(), 1360, 560, trail);
        ChangeListener<Object> reread = (obs, old, now) -> model.colleaguesChanged();
        othersChanged.addListener(reread);
        stage.setOnHidden(e -> othersChanged.removeListener(reread));
        model.refresh();
        return model;
    }
}
