package io.ledgerline.ui.whatif;

import io.ledgerline.store.CaseFile;
import io.ledgerline.ui.ChildWindow;
import io.ledgerline.ui.task.TaskRunner;
import javafx.beans.value.ObservableValue;
import javafx.stage.Window;

/** Opens the What-if view in a window of its own, on the case open in the main window. */
public final class WhatIfWindow {

    private WhatIfWindow() {
    }

    /**
     * Shows the window over {@code owner} and starts the first replay; the window closes when {@code openCase}
     * changes (the case it replays is then closed).
     */
    public static WhatIfViewModel show(Window owner, TaskRunner tasks, ObservableValue<CaseFile> openCase) {
        CaseFile caseFile = openCase.getValue();
        WhatIfViewModel model = new WhatIfViewModel(tasks, caseFile);
        ChildWindow.show(owner, "What-if: remediation controls – " + caseFile.displayName(),
                new WhatIfView(model).root(), 1270, 660, openCase);
        model.recompute();
        return model;
    }
}
