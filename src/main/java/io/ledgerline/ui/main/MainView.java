package io.ledgerline.ui.main;

import io.ledgerline.ui.DialogService;
import static io.ledgerline.ui.MenuItems.item;

import io.ledgerline.ui.TableColumns;
import io.ledgerline.ui.compare.ComparePane;
import io.ledgerline.ui.decisions.DecisionsMenu;
import io.ledgerline.ui.linked.LinkedAccountsPane;
import java.util.List;
import io.ledgerline.ui.report.ReportsMenu;
import io.ledgerline.ui.task.UiTasks;
import io.ledgerline.ui.timeline.TimelinePane;
import io.ledgerline.ui.timeline.TimelineViewModel;
import io.ledgerline.ui.welcome.UserGuideOpener;
import io.ledgerline.ui.whatif.WhatIfWindow;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.Label;
import io.ledgerline.store.CaseLocation;
import io.ledgerline.ui.team.ServerConnectDialog;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The main window's layout: case menu, accounts table, the selected account's events, status bar. Thin. */
public final class MainView {

    private static final DateTimeFormatter UTC_SECONDS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter UTC_DAY_TIME =
            DateTimeFormatter.ofPattern("MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private final MainViewModel model;
    private final UiTasks tasks;
    private final DialogService dialogs;
    private final BorderPane root = new BorderPane();

    private final Consumer<Path> showFolder;
    private final TimelinePane timeline;
    /** Brings the Timeline tab to the front (a double-click on an account). */
    private Runnable openTimeline = () -> { };

    /** @param showFolder opens a folder in the system's file manager (the app's HostServices), or null in tests */
    public MainView(MainViewModel model, UiTasks tasks, DialogService dialogs, Consumer<Path> showFolder) {
        this.showFolder = showFolder;
        this.model = model;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.timeline = new TimelinePane(model.timeline(), dialogs, model::decide);
        root.setTop(menuBar());
        root.setCenter(tables());
        root.setBottom(statusBar());
        acceptDroppedBundles();
    }

    /** A folder or .zip dropped on the window is imported into the open case (strict). */
    private void acceptDroppedBundles() {
        root.setOnDragOver(e -> {
            boolean ok = e.getDragboard().hasFiles() && model.openCaseProperty().get() != null
                    && !tasks.runningProperty().get()
                    && MainViewModel.droppableBundle(paths(e.getDragboard().getFiles())).isPresent();
            if (ok) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            var bundle = e.getDragboard().hasFiles()
                    ? MainViewModel.droppableBundle(paths(e.getDragboard().getFiles())) : java.util.Optional.<Path>empty();
            bundle.ifPresent(b -> model.importBundle(b, false));
            e.setDropCompleted(bundle.isPresent());
            e.consume();
        });
    }

    private static java.util.List<Path> paths(java.util.List<java.io.File> files) {
        return files.stream().map(java.io.File::toPath).toList();
    }

    public Parent root() {
        return root;
    }

    /** Shows {@code banner} under the menu bar (the first-run welcome); it removes itself when closed. */
    public void showBanner(Node banner) {
        root.setTop(new VBox(root.getTop(), banner));
    }

    /** Opens the log folder with the desktop's file manager (off the FX thread: it may wait for its answer). */
    private void showLogFolder() {
        Path folder = model.logFile().getParent();
        tasks.run("Opening the log folder", progress -> {
            showFolder.accept(folder);
            return folder;
        }, shown -> { }, error -> dialogs.showError("Log folder", "No program could show the log folder. It is at:\n"
                + folder, error.getMessage()));
    }

    private MenuBar menuBar() {
        Menu caseMenu = new Menu("_Case");
        MenuItem newCase = item("_New case…", "Shortcut+N", () -> dialogs.chooseCaseToCreate().ifPresent(model::create));
        MenuItem open = item("_Open case…", "Shortcut+O", () -> dialogs.chooseCaseToOpen().ifPresent(model::open));
        MenuItem demo = item("Open _demo case", null, () -> model.open((Path) null));
        MenuItem fromServer = item("Open from _server…", "Shortcut+Shift+O", () -> ServerConnectDialog.ask(
                root.getScene().getWindow(), model.serverConnect()).ifPresent(model::open));
        // another case is not opened while a job runs on this one (an import's refresh would race the new case)
        newCase.disableProperty().bind(tasks.runningProperty());
        open.disableProperty().bind(tasks.runningProperty());
        demo.disableProperty().bind(tasks.runningProperty());
        fromServer.disableProperty().bind(tasks.runningProperty());
        MenuItem importFolder = item("_Import bundle folder…", "Shortcut+I",
                () -> dialogs.chooseBundleFolder().ifPresent(b -> model.importBundle(b, false)));
        MenuItem importZip = item("Import bundle _zip…", "Shortcut+Shift+I",
                () -> dialogs.chooseBundleZip().ifPresent(b -> model.importBundle(b, false)));
        MenuItem importLenient = item("Import bundle folder, _lenient…", null,
                () -> dialogs.chooseBundleFolder().ifPresent(b -> model.importBundle(b, true)));
        MenuItem quarantine = item("_Quarantined rows…", null, model::showQuarantine);
        quarantine.disableProperty().bind(model.openCaseProperty().isNull());
        Menu recent = new Menu("_Recent cases");
        caseMenu.setOnShowing(e -> {
            recent.getItems().clear();
            for (CaseLocation location : model.recentCases()) {
                // a server case by its location text, which holds no password
                recent.getItems().add(item(location.toString(), null, () -> model.open(location)));
            }
            recent.setDisable(recent.getItems().isEmpty() || tasks.runningProperty().get());
        });
        importFolder.disableProperty().bind(model.openCaseProperty().isNull().or(tasks.runningProperty()));
        importZip.disableProperty().bind(importFolder.disableProperty());
        importLenient.disableProperty().bind(importFolder.disableProperty());
        caseMenu.getItems().addAll(newCase, open, fromServer, demo, recent, new SeparatorMenuItem(), importFolder, importZip,
                importLenient, quarantine);
        recent.getItems().add(new MenuItem("(none)"));
        Menu help = new Menu("_Help");
        MenuItem shortcuts = item("_Keyboard shortcuts", null,
                () -> dialogs.showInformation("Keyboard shortcuts", AboutText.shortcuts()));
        MenuItem logs = item("Show _log folder", null, this::showLogFolder);
        logs.setDisable(showFolder == null);
        MenuItem about = item("_About Ledgerline", null,
                () -> dialogs.showInformation("About Ledgerline", AboutText.text(model.logFile())));
        UserGuideOpener guide = new UserGuideOpener(tasks, dialogs, showFolder, model.dirs());
        MenuItem userGuide = item("_User guide", "F1", guide::open);
        help.getItems().addAll(userGuide, shortcuts, logs, new SeparatorMenuItem(), about);
        Menu analysis = new Menu("_Analysis");
        MenuItem whatIf = item("_What-if…", "Shortcut+Shift+W",
                () -> WhatIfWindow.show(root.getScene().getWindow(), tasks, model.openCaseProperty()));
        whatIf.disableProperty().bind(model.openCaseProperty().isNull());
        analysis.getItems().add(whatIf);
        Menu reports = ReportsMenu.forWindow(tasks, dialogs, model.openCaseProperty(), model.trailProperty()::get,
                model.reviewedProperty()::get, model.logFile(), root);
        Menu decisions = DecisionsMenu.of(() -> root.getScene().getWindow(), tasks, dialogs, model.trailProperty(),
                model.reviewedProperty(), model.openCaseProperty(), model.othersChangesProperty());
        return new MenuBar(caseMenu, viewMenu(), analysis, reports, decisions, help);
    }

    private Menu viewMenu() {
        TimelineViewModel t = model.timeline();
        MenuItem fitAll = item("_Fit all events", "Shortcut+0", t::fitAll);
        MenuItem fitWindow = item("Zoom to compromise _window", "Shortcut+W", t::fitWindow);
        MenuItem zoomIn = item("Zoom _in", "Shortcut+Equals", () -> t.zoom(1 / TimelineViewModel.ZOOM_STEP));
        MenuItem zoomOut = item("Zoom _out", "Shortcut+Minus", () -> t.zoom(TimelineViewModel.ZOOM_STEP));
        MenuItem earlier = item("Pan _earlier", "Shortcut+Left", () -> t.panBy(-0.25));
        MenuItem later = item("Pan _later", "Shortcut+Right", () -> t.panBy(0.25));
        MenuItem start = item("Go to the _first event", "Shortcut+Home", t::toStart);
        MenuItem end = item("Go to the _last event", "Shortcut+End", t::toEnd);
        for (MenuItem i : List.of(fitAll, fitWindow, zoomIn, zoomOut, earlier, later, start, end)) {
            i.disableProperty().bind(t.sceneProperty().isNull());
        }
        CheckMenuItem dark = new CheckMenuItem("_Dark theme");
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
        dark.setId("dark-theme");
        t.darkProperty().bind(dark.selectedProperty());
        dark.selectedProperty().addListener((obs, old, on) -> {
            var sheets = root.getStylesheets();
            String css = MainView.class.getResource("/io/ledgerline/ui/dark.css").toExternalForm();
            if (on) {
                sheets.add(css);
            } else {
                sheets.remove(css);
            }
        });
        Menu view = new Menu("_View");
        view.getItems().addAll(fitAll, fitWindow, zoomIn, zoomOut, earlier, later, start, end,
                new SeparatorMenuItem(), dark);
        return view;
    }


    private SplitPane tables() {
        TableView<AccountRow> accounts = new TableView<>(model.accounts());
        accounts.setId("accounts");
        accounts.getColumns().add(TableColumns.of("Account", 115, AccountRow::accountId));
        accounts.getColumns().add(TableColumns.of("Review", 85, AccountRow::reviewStatus));
        accounts.getColumns().add(TableColumns.of("Cluster", 60, r -> r.suspected() ? r.cluster() : null));
        accounts.getColumns().add(TableColumns.of("Compromise window (UTC)", 250, r -> r.suspected()
                ? UTC_SECONDS.format(r.finding().window().start()) + " – "
                + UTC_DAY_TIME.format(r.finding().window().end()) : ""));
        TableColumn<AccountRow, BigDecimal> loss = TableColumns.of("Loss USD", 115, AccountRow::lossUsd);
        loss.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(BigDecimal usd, boolean empty) {
                super.updateItem(usd, empty);
                AccountRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(row == null || !row.takeover() ? null : usd(usd));
            }
        });
        loss.getStyleClass().add("numeric");
        accounts.getColumns().add(loss);
        accounts.getColumns().add(TableColumns.of("Country", 65, r -> r.account().country()));
        accounts.getColumns().add(TableColumns.of("Status", 65, r -> r.account().status()));
        accounts.getColumns().add(TableColumns.of("Events", 70, r -> r.account().eventCount()));
        accounts.getColumns().add(TableColumns.of("First event (UTC)", 150, r -> seconds(r.account().firstEvent())));
        accounts.getColumns().add(TableColumns.of("Last event (UTC)", 150, r -> seconds(r.account().lastEvent())));
        accounts.setPlaceholder(new Label("No accounts: import a case export (Case ▸ Import bundle…)"));
        accounts.setRowFactory(t -> new TableRow<>() {
            {
                setOnMouseClicked(e -> {
                    if (e.getClickCount() == 2 && getItem() != null) {
                        openTimeline.run();
                    }
                });
            }

            @Override
            protected void updateItem(AccountRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("takeover", "rejected");
                if (!empty && row != null && row.takeover()) {
                    getStyleClass().add("REJECTED".equalsIgnoreCase(row.reviewStatus()) ? "rejected" : "takeover");
                }
            }
        });
        accounts.getSelectionModel().selectedItemProperty().addListener(
                (obs, old, account) -> model.selectedAccountProperty().set(account));
        model.selectedAccountProperty().addListener((obs, old, account) -> {
            if (account != null && account != accounts.getSelectionModel().getSelectedItem()) {
                accounts.getSelectionModel().select(account);
            }
        });

        TextField search = new TextField();
        search.setId("account-search");
        search.setPromptText("Search accounts: id, country, status, \"takeover\", \"confirmed\", \"cluster 2\"…");
        model.accountSearchProperty().bind(search.textProperty());
        VBox accountsPane = new VBox(search, accounts);
        VBox.setVgrow(accounts, Priority.ALWAYS);
        Tab timelineTab = new Tab("Timeline", timeline.root());
        TabPane tabs = new TabPane(timelineTab);
        openTimeline = () -> tabs.getSelectionModel().select(timelineTab);
        LinkedAccountsPane linked = new LinkedAccountsPane(model.reviewedProperty(), model.timeline().darkProperty(),
                id -> {
                    model.openAccount(id);
                    tabs.getSelectionModel().select(timelineTab);
                });
        Tab linkedTab = new Tab("Linked accounts", linked.root());
        ComparePane compare = new ComparePane(model.compare(), model.reviewedProperty(),
                () -> model.openCaseProperty().get(), model.timeline().darkProperty(), model.timeline().zoneProperty());
        Tab compareTab = new Tab("Compare accounts", compare.root());
        tabs.getTabs().addAll(linkedTab, compareTab);
        tabs.getTabs().forEach(t -> t.setClosable(false));
        tabs.setId("investigation-tabs");
        SplitPane split = new SplitPane(accountsPane, tabs);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.27);
        return split;
    }

    private HBox statusBar() {
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(tasks.runningProperty().flatMap(
                running -> running ? tasks.messageProperty() : model.caseStatusProperty()));
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(tasks.progressProperty());
        progress.visibleProperty().bind(tasks.runningProperty());
        progress.setPrefWidth(180);
        Button cancel = new Button("Cancel");
        cancel.setId("cancel");
        cancel.visibleProperty().bind(tasks.runningProperty());
        cancel.setOnAction(e -> tasks.cancel());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label shown = new Label();
        shown.setId("timeline-status");
        shown.textProperty().bind(model.timeline().summaryProperty());
        // the counts of the timeline stay whole; the case's longer line gives way
        shown.setMinWidth(Region.USE_PREF_SIZE);
        Label team = new Label();
        team.setId("team-note");
        team.textProperty().bind(model.teamNoteProperty());
        team.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(8, status, spacer, team, shown, progress, cancel);
        bar.setPadding(new Insets(4, 8, 4, 8));
        bar.getStyleClass().add("status-bar");
        return bar;
    }


    private static String seconds(Instant instant) {
        return instant == null ? "" : UTC_SECONDS.format(instant);
    }

    private static String usd(BigDecimal usd) {
        return usd == null ? "unvalued" : String.format("%,.2f", usd);
    }


}
