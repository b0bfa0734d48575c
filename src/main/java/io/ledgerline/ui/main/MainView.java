package io.ledgerline.ui.main;

import io.ledgerline.store.StoredEvent;
import io.ledgerline.ui.DialogService;
import io.ledgerline.ui.report.ReportsMenu;
import io.ledgerline.ui.task.UiTasks;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.text.Font;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The main window's layout: case menu, accounts table, the selected account's events, status bar. Thin. */
public final class MainView {

    static final DateTimeFormatter UTC_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter UTC_SECONDS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter UTC_DAY_TIME =
            DateTimeFormatter.ofPattern("MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private final MainViewModel model;
    private final UiTasks tasks;
    private final DialogService dialogs;
    private final BorderPane root = new BorderPane();

    private final Consumer<Path> showFolder;

    /** @param showFolder opens a folder in the system's file manager (the app's HostServices), or null in tests */
    public MainView(MainViewModel model, UiTasks tasks, DialogService dialogs, Consumer<Path> showFolder) {
        this.showFolder = showFolder;
        this.model = model;
        this.tasks = tasks;
        this.dialogs = dialogs;
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

    private MenuBar menuBar() {
        Menu caseMenu = new Menu("_Case");
        MenuItem newCase = item("_New case…", "Shortcut+N", () -> dialogs.chooseCaseToCreate().ifPresent(model::create));
        MenuItem open = item("_Open case…", "Shortcut+O", () -> dialogs.chooseCaseToOpen().ifPresent(model::open));
        MenuItem demo = item("Open _demo case", null, () -> model.open(null));
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
            for (Path p : model.recentCases()) {
                recent.getItems().add(item(p.toString(), null, () -> model.open(p)));
            }
            recent.setDisable(recent.getItems().isEmpty());
        });
        importFolder.disableProperty().bind(model.openCaseProperty().isNull().or(tasks.runningProperty()));
        importZip.disableProperty().bind(importFolder.disableProperty());
        importLenient.disableProperty().bind(importFolder.disableProperty());
        caseMenu.getItems().addAll(newCase, open, demo, recent, new SeparatorMenuItem(), importFolder, importZip,
                importLenient, quarantine);
        recent.getItems().add(new MenuItem("(none)"));
        Menu help = new Menu("_Help");
        MenuItem shortcuts = item("_Keyboard shortcuts", null,
                () -> dialogs.showInformation("Keyboard shortcuts", AboutText.shortcuts()));
        MenuItem logs = item("Show _log folder", null, () -> showFolder.accept(model.logFile().getParent()));
        logs.setDisable(showFolder == null);
        MenuItem about = item("_About Ledgerline", null,
                () -> dialogs.showInformation("About Ledgerline", AboutText.text(model.logFile())));
        help.getItems().addAll(shortcuts, logs, new SeparatorMenuItem(), about);
        Menu reports = ReportsMenu.forWindow(tasks, dialogs, model.openCaseProperty(), model.logFile(), root);
        return new MenuBar(caseMenu, reports, help);
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private SplitPane tables() {
        TableView<AccountRow> accounts = new TableView<>(model.accounts());
        accounts.setId("accounts");
        accounts.getColumns().add(column("Account", 120, AccountRow::accountId));
        accounts.getColumns().add(column("Takeover", 85, r -> r.suspected() ? "cluster " + r.finding().cluster() : ""));
        accounts.getColumns().add(column("Window (UTC)", 260, r -> r.suspected()
                ? UTC_SECONDS.format(r.finding().window().start()) + " – "
                + UTC_DAY_TIME.format(r.finding().window().end()) : ""));
        accounts.getColumns().add(column("Loss USD", 110, r -> r.suspected() ? usd(r.finding().lossUsd()) : ""));
        accounts.getColumns().add(column("Country", 65, r -> r.account().country()));
        accounts.getColumns().add(column("Status", 65, r -> r.account().status()));
        accounts.getColumns().add(column("Events", 60, r -> r.account().eventCount()));
        accounts.getColumns().add(column("First event (UTC)", 150, r -> seconds(r.account().firstEvent())));
        accounts.getColumns().add(column("Last event (UTC)", 150, r -> seconds(r.account().lastEvent())));
        accounts.setPlaceholder(new Label("No accounts: import a case export (Case ▸ Import bundle…)"));
        accounts.getSelectionModel().selectedItemProperty().addListener(
                (obs, old, account) -> model.selectedAccountProperty().set(account));

        TableView<StoredEvent> events = new TableView<>(model.events());
        events.setId("events");
        events.getColumns().add(column("Time (UTC)", 200, e -> time(e.event().occurredAt())));
        events.getColumns().add(column("Type", 150, e -> e.event().type()));
        events.getColumns().add(column("Category", 100, e -> e.event().category().label()));
        events.getColumns().add(column("Outcome", 75, e -> e.event().outcome().code()));
        events.getColumns().add(column("IP", 115, e -> e.event().ip()));
        events.getColumns().add(column("Device", 110, e -> e.event().deviceId()));
        events.getColumns().add(column("Country", 65, e -> e.event().country()));
        events.getColumns().add(column("Asset", 60, e -> e.event().asset()));
        events.getColumns().add(column("Amount", 110, e -> plain(e.event().amount())));
        events.getColumns().add(column("Address", 160, e -> e.event().address()));
        events.getColumns().add(column("Ref", 90, e -> e.event().ref()));
        events.getColumns().add(column("Source", 130, e -> e.sourceFile() + ":" + e.event().sourceLine()));
        events.setPlaceholder(new Label("Select an account to see its events"));

        TextArea details = new TextArea();
        details.setId("event-details");
        details.setEditable(false);
        details.setWrapText(true);
        details.setFont(Font.font("Monospaced", 12));
        details.setPromptText("Select an event to see all its fields, its details and where it came from");
        details.textProperty().bind(events.getSelectionModel().selectedItemProperty().map(EventDetails::text)
                .orElse(""));
        SplitPane eventsAndDetails = new SplitPane(events, details);
        eventsAndDetails.setDividerPositions(0.68);
        TextField search = new TextField();
        search.setId("account-search");
        search.setPromptText("Search accounts: id, country, status, \"takeover\", \"cluster 2\"…");
        model.accountSearchProperty().bind(search.textProperty());
        VBox accountsPane = new VBox(search, accounts);
        VBox.setVgrow(accounts, Priority.ALWAYS);
        SplitPane split = new SplitPane(accountsPane, eventsAndDetails);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.42);
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
        HBox bar = new HBox(8, status, spacer, progress, cancel);
        bar.setPadding(new Insets(4, 8, 4, 8));
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private static <S, T> TableColumn<S, T> column(String title, double width, Function<S, T> value) {
        TableColumn<S, T> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }

    static String time(Instant instant) {
        return instant == null ? "" : UTC_TIME.format(instant);
    }

    private static String seconds(Instant instant) {
        return instant == null ? "" : UTC_SECONDS.format(instant);
    }

    private static String usd(BigDecimal usd) {
        return usd == null ? "unvalued" : String.format("%,.2f", usd);
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? "" : amount.toPlainString();
    }

}
