package io.ledgerline.ui;

import io.ledgerline.domain.LedgerlineException;

import io.ledgerline.store.CaseLocation;
import io.ledgerline.ui.main.MainView;
import io.ledgerline.ui.team.CaseChangeWatch;
import io.ledgerline.ui.team.FxPasswordPrompt;
import io.ledgerline.ui.main.MainViewModel;
import io.ledgerline.ui.startup.StartupMarks;
import io.ledgerline.ui.welcome.UserGuideOpener;
import io.ledgerline.ui.welcome.WelcomeBanner;
import io.ledgerline.workspace.FirstRun;
import io.ledgerline.ui.task.UiTasks;
import io.ledgerline.workspace.AppDirs;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.LoggerFactory;

/** The desktop app: one main window on a case (the demo case when none is given). */
public final class LedgerlineApp extends Application {

    private static volatile CaseLocation initialCase;
    private static volatile Path initialBundle;
    private static volatile boolean initialLenient;
    private MainViewModel model;

    /**
     * Starts the app and returns when its last window closes. {@code caseLocation} null opens the demo case;
     * {@code bundle}, if given, is imported into it once it is open.
     */
    public static void launchOn(CaseLocation caseLocation, Path bundle, boolean lenient) {
        initialCase = caseLocation;
        initialBundle = bundle;
        initialLenient = lenient;
        try {
            Application.launch(LedgerlineApp.class);
        } catch (UnsupportedOperationException | IllegalStateException noWindow) {
            // Glass says "Unable to open DISPLAY" on a machine (or an ssh session) without a screen
            LoggerFactory.getLogger(LedgerlineApp.class).warn("The window could not be shown", noWindow);
            throw new LedgerlineException("Ledgerline cannot show its window here: no display is available ("
                    + noWindow.getMessage() + "). Its commands work without one: ledgerline --help", noWindow);
        }
    }

    @Override
    public void start(Stage stage) {
        DesktopOpener desktop = new DesktopOpener(System.getProperty("os.name", ""), System.getenv("PATH"),
                path -> getHostServices().showDocument(path.toUri().toString()));
        model = show(stage, AppDirs.forCurrentUser(), initialCase, initialBundle, initialLenient, desktop::open, true);
        StartupMarks.watch(stage, model.openCaseProperty());
    }

    /** Builds the main window on {@code stage} and opens {@code caseFile}; used by the app and its UI tests. */
    public static MainViewModel show(Stage stage, AppDirs dirs, Path caseFile) {
        return show(stage, dirs, caseFile == null ? null : new CaseLocation.File(caseFile), null, false, null, false);
    }

    /** As {@link #show(Stage, AppDirs, Path)}, on a case file or server case. */
    public static MainViewModel show(Stage stage, AppDirs dirs, CaseLocation location) {
        return show(stage, dirs, location, null, false, null, false);
    }

    /** As {@link #show(Stage, AppDirs, CaseLocation, Path, boolean, Consumer, boolean)}, on a case file. */
    public static MainViewModel show(Stage stage, AppDirs dirs, Path caseFile, Path bundle, boolean lenient,
            Consumer<Path> showDocument, boolean welcome) {
        return show(stage, dirs, caseFile == null ? null : new CaseLocation.File(caseFile), bundle, lenient,
                showDocument, welcome);
    }

    /**
     * As above, then imports {@code bundle} (if not null) into the case once it is open. {@code showDocument} opens a
     * file or folder with the system, off the FX thread, throwing when it cannot; {@code welcome} shows the first-run welcome if this user has not seen it.
     */
    public static MainViewModel show(Stage stage, AppDirs dirs, CaseLocation caseFile, Path bundle, boolean lenient,
            Consumer<Path> showDocument, boolean welcome) {
        Consumer<Path> showFolder = showDocument;
        UiTasks tasks = new UiTasks();
        DialogService dialogs = new FxDialogService(stage);
        MainViewModel model = new MainViewModel(tasks, dialogs, dirs, new FxPasswordPrompt(() -> stage),
                CaseChangeWatch.INTERVAL);
        MainView view = new MainView(model, tasks, dialogs, showFolder);
        if (welcome) {
            // queued before the case opens: a few milliseconds of settings file, off the FX thread
            WelcomeBanner.whenDue(tasks, new FirstRun(dirs.settings()), new UserGuideOpener(tasks, dialogs,
                    showDocument, dirs), view::showBanner);
        }
        // most of the screen, within reason: the timeline wants width, the tables want height
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(view.root(), Math.min(1600, Math.max(1024, screen.getWidth() * 0.9)),
                Math.min(1000, Math.max(700, screen.getHeight() * 0.9)));
        scene.getStylesheets().add(LedgerlineApp.class.getResource("ledgerline.css").toExternalForm());
        stage.setScene(scene);
        stage.titleProperty().bind(model.titleProperty());
        stage.setOnHidden(e -> {
            tasks.cancel(); // a running import rolls back at its next check instead of holding the case open
            model.close();
        });
        stage.show();
        if (bundle == null) {
            model.open(caseFile);
        } else {
            model.openAndImport(caseFile, bundle, lenient);
        }
        return model;
    }

    @Override
    public void stop() {
        if (model != null) {
            model.close();
        }
    }
}
