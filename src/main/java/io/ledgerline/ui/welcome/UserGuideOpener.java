package io.ledgerline.ui.welcome;

import io.ledgerline.domain.LedgerlineException;
import io.ledgerline.ui.DialogService;
import io.ledgerline.ui.task.TaskRunner;
import io.ledgerline.workspace.AppDirs;
import io.ledgerline.workspace.UserGuide;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Help ▸ User guide: renders the shipped guide in the background, then hands the page to the system's browser. */
public final class UserGuideOpener {

    private static final Logger LOG = LoggerFactory.getLogger(UserGuideOpener.class);

    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Consumer<Path> showDocument;
    private final AppDirs dirs;

    /** @param showDocument opens a file with the system (the app's HostServices); null where there is none (tests) */
    public UserGuideOpener(TaskRunner tasks, DialogService dialogs, Consumer<Path> showDocument, AppDirs dirs) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.showDocument = showDocument;
        this.dirs = dirs;
    }

    public boolean available() {
        return showDocument != null;
    }

    /** Call from the FX thread. */
    public void open() {
        tasks.run("Opening the user guide", progress -> new UserGuide(dirs.guide()).render(), showDocument,
                error -> {
                    LOG.warn("User guide failed", error);
                    String message = error instanceof LedgerlineException ? error.getMessage()
                            : "The user guide could not be opened (" + error.getClass().getSimpleName() + ").";
                    dialogs.showError("User guide", message, "Details are in the log: " + dirs.logFile());
                });
    }
}
