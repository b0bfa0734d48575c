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

/**
 * Help ▸ User guide: renders the shipped guide in the background and hands the page to the system's browser. Where
 * none shows it (none given, none installed, or the opening fails), the guide is shown inside the app with the page's
 * path to copy: the user always gets the guide or is told where it is.
 */
public final class UserGuideOpener {

    private static final Logger LOG = LoggerFactory.getLogger(UserGuideOpener.class);

    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Consumer<Path> showDocument;
    private final AppDirs dirs;

    /**
     * @param showDocument opens a file with the system, throwing when it cannot (a {@code DesktopOpener}); called off
     *                     the FX thread; null where there is none (tests)
     */
    public UserGuideOpener(TaskRunner tasks, DialogService dialogs, Consumer<Path> showDocument, AppDirs dirs) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.showDocument = showDocument;
        this.dirs = dirs;
    }

    /** Call from the FX thread. */
    public void open() {
        tasks.run("Opening the user guide", progress -> {
            Path page = new UserGuide(dirs.guide()).render();
            if (showDocument == null) {
                return new InApp("No browser is set up for Ledgerline here.", page, UserGuide.text());
            }
            try {
                showDocument.accept(page);
                return null;
            } catch (RuntimeException noBrowser) {
                LOG.info("The browser did not show the user guide", noBrowser);
                String why = noBrowser instanceof LedgerlineException ? noBrowser.getMessage()
                        : "The browser could not be started (" + noBrowser.getClass().getSimpleName() + ").";
                return new InApp(why, page, UserGuide.text());
            }
        }, inApp -> {
            if (inApp != null) {
                dialogs.showUserGuide(inApp.why(), inApp.page(), inApp.text());
            }
        }, error -> {
                    LOG.warn("User guide failed", error);
                    String message = error instanceof LedgerlineException ? error.getMessage()
                            : "The user guide could not be opened (" + error.getClass().getSimpleName() + ").";
                    dialogs.showError("User guide", message, "Details are in the log: " + dirs.logFile());
                });
    }

    /** The guide to show inside the app, and why. */
    private record InApp(String why, Path page, String text) {
    }
}
