package io.ledgerline.ui.decisions;

import io.ledgerline.analysis.ReviewedResult;
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
     * Shows the window over {@code owner} and reads the decisions against {@code reviewed}, the main window's result;
     * it closes when the open case changes and reads them again when that result changes or {@code othersChanged}
     * does (colleagues changed the shared case, perhaps only a proposal).
     */
    public static DecisionsViewModel show(Window owner, TaskRunner tasks, DialogService dialogs,
            ObservableValue<AuditTrail> trail, ObservableValue<ReviewedResult> reviewed,
            ObservableValue<?> othersChanged) {
        DecisionsViewModel model = new DecisionsViewModel(tasks, trail.getValue(), reviewed, dialogs);
        Stage stage = ChildWindow.show(owner, "Decisions – " + trail.getValue().caseFile().displayName(),
                new DecisionsView(model, dialogs).root(), 1360, 560, trail);
        ChangeListener<Object> reread = (obs, old, now) -> model.colleaguesChanged();
        ChangeListener<ReviewedResult> follow = (obs, old, now) -> model.refresh();
        othersChanged.addListener(reread);
        reviewed.addListener(follow);
        stage.setOnHidden(e -> {
            othersChanged.removeListener(reread);
            reviewed.removeListener(follow);
        });
        model.refresh();
        return model;
    }
}
