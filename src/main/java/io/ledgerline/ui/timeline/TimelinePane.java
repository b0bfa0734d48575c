package io.ledgerline.ui.timeline;

import io.ledgerline.domain.Category;
import io.ledgerline.domain.DecisionKind;
import io.ledgerline.domain.EventFacts;
import io.ledgerline.domain.EventType;
import io.ledgerline.domain.Outcome;
import io.ledgerline.timeline.EventFilter;
import io.ledgerline.timeline.TimelinePng;
import io.ledgerline.timeline.TimelineScene;
import io.ledgerline.ui.DialogService;
import io.ledgerline.ui.TableColumns;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;

/**
 * One account's timeline: toolbar (navigation, zone, review), filters, the canvas (overview and lanes), and below it the
 * events in view beside the selected event's fields, tags and notes. Thin: every state lives in
 * {@link TimelineViewModel}.
 */
public final class TimelinePane {

    private static final String NO_WHAT_IF = "no control";

    private final TimelineViewModel model;
    private final DialogService dialogs;
    private final ReviewActions review;
    private final TimelineCanvas canvas;
    private final TableView<EventRow> table = new TableView<>();
    private final BorderPane content = new BorderPane();
    /** A Tab sets its content's disable property, so the binding sits one level in. */
    private final StackPane root = new StackPane(content);
    private boolean syncing;

    public TimelinePane(TimelineViewModel model, DialogService dialogs, ReviewActions review) {
        this.model = model;
        this.dialogs = dialogs;
        this.review = review;
        this.canvas = new TimelineCanvas(model);
        VBox top = new VBox(toolbar(), filters());
        content.setTop(top);
        SplitPane lower = new SplitPane(eventTable(), details());
        lower.setDividerPositions(0.66);
        SplitPane split = new SplitPane(canvas, lower);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        content.setCenter(split);
        content.disableProperty().bind(model.sceneProperty().isNull());
    }

    public Parent root() {
        return root;
    }

    public TimelineCanvas canvas() {
        return canvas;
    }

    private ToolBar toolbar() {
        Button fitAll = button("Fit all", "Show every event of the account (Shortcut+0)", model::fitAll);
        fitAll.setId("fit-all");
        Button fitWindow = button("Zoom to window", "Show the compromise window and the disclosure before it (W)",
                model::fitWindow);
        fitWindow.setId("fit-window");
        Button zoomIn = button("+", "Zoom in (+ or the wheel)", () -> model.zoom(1 / TimelineViewModel.ZOOM_STEP));
        Button zoomOut = button("−", "Zoom out (- or the wheel)", () -> model.zoom(TimelineViewModel.ZOOM_STEP));
        ComboBox<String> zone = new ComboBox<>();
        zone.setId("zone");
        zone.setEditable(true);
        zone.getItems().addAll("UTC", ZoneId.systemDefault().getId(), "Europe/London", "Europe/Berlin",
                "America/New_York", "Asia/Singapore", "Asia/Seoul", "Asia/Tokyo");
        zone.setValue("UTC");
        zone.setPrefWidth(150);
        zone.setTooltip(new Tooltip("Time zone of the axis, the table and the details; UTC by default"));
        zone.valueProperty().addListener((obs, old, text) -> {
            try {
                model.zoneProperty().set(text == null || text.isBlank() || text.equals("UTC") ? ZoneOffset.UTC
                        : ZoneId.of(text.strip()));
                zone.getEditor().setStyle("");
            } catch (DateTimeException e) {
                zone.getEditor().setStyle("-fx-text-fill: #dc2626;");
            }
        });
        MenuButton decide = new MenuButton("Review");
        decide.setId("review-menu");
        MenuItem confirm = new MenuItem("Confirm takeover of this account…");
        confirm.setOnAction(e -> decideAccount(DecisionKind.CONFIRM_ACCOUNT, "Confirm the takeover"));
        MenuItem reject = new MenuItem("Reject: not a takeover…");
        reject.setOnAction(e -> decideAccount(DecisionKind.REJECT_ACCOUNT, "Reject the suspected takeover"));
        MenuItem count = new MenuItem("Count the selected withdrawal as unauthorized…");
        count.setOnAction(e -> decideWithdrawal(DecisionKind.ADD_WITHDRAWAL, "Count the withdrawal in the loss"));
        MenuItem drop = new MenuItem("Do not count the selected withdrawal…");
        drop.setOnAction(e -> decideWithdrawal(DecisionKind.REMOVE_WITHDRAWAL, "Leave the withdrawal out of the loss"));
        decide.setOnShowing(e -> {
            boolean withdrawal = selectedFacts() != null && selectedFacts().is(EventType.WITHDRAWAL);
            count.setDisable(!withdrawal);
            drop.setDisable(!withdrawal);
        });
        decide.getItems().addAll(confirm, reject, new javafx.scene.control.SeparatorMenuItem(), count, drop);
        MenuButton annotate = new MenuButton("Tag / note");
        annotate.setId("annotate-menu");
        MenuItem tag = new MenuItem("Tag the selected event…");
        tag.setOnAction(e -> dialogs.askText("Tag", "Tag for the selected event:").ifPresent(model::tagSelected));
        MenuItem untag = new MenuItem("Remove a tag…");
        untag.setOnAction(e -> dialogs.askText("Remove tag", "Tag to remove from the selected event:")
                .ifPresent(model::untagSelected));
        MenuItem note = new MenuItem("Add a note…");
        note.setOnAction(e -> dialogs.askText("Note", "Note on the selected event:").ifPresent(model::noteSelected));
        annotate.getItems().addAll(tag, untag, note);
        annotate.disableProperty().bind(model.selectedProperty().lessThan(0));
        Button picture = button("Save picture…", "Save the current view as a PNG", () -> {
            TimelineScene s = model.sceneProperty().get();
            if (s != null) {
                dialogs.choosePictureToSave(s.timeline().accountId() + "-timeline.png").ifPresent(out ->
                        model.exportPicture(out, Math.max(TimelinePng.DEFAULT_WIDTH, (int) canvas.getWidth()),
                                Math.max(TimelinePng.DEFAULT_HEIGHT, (int) canvas.getHeight()),
                                done -> dialogs.showInformation("Picture saved", done.toString())));
            }
        });
        ComboBox<String> whatIf = new ComboBox<>();
        whatIf.setId("what-if-marker");
        whatIf.getItems().add(NO_WHAT_IF);
        whatIf.getItems().addAll(TimelineViewModel.whatIfControls());
        whatIf.setValue(NO_WHAT_IF);
        whatIf.setTooltip(new Tooltip("Mark where a control the exchange announced would have stopped this attack"));
        whatIf.valueProperty().addListener((obs, old, name) -> model.whatIfControlProperty().set(
                NO_WHAT_IF.equals(name) ? null : name));
        return new ToolBar(fitAll, fitWindow, zoomIn, zoomOut, new Separator(), new Label("Zone"), zone,
                new Separator(), decide, annotate, picture, new Separator(), new Label("What-if"), whatIf);
    }

    private HBox filters() {
        CheckComboBox<Category> lanes = new CheckComboBox<>();
        lanes.setId("filter-lanes");
        lanes.getItems().addAll(Category.values());
        lanes.setConverter(converter(Category::label));
        lanes.getCheckModel().checkAll();
        lanes.setTitle("Lanes");
        CheckComboBox<Outcome> outcomes = new CheckComboBox<>();
        outcomes.setId("filter-outcomes");
        outcomes.getItems().addAll(Outcome.values());
        outcomes.setConverter(converter(Outcome::code));
        outcomes.getCheckModel().checkAll();
        outcomes.setTitle("Outcomes");
        ComboBox<String> type = new ComboBox<>();
        type.setId("filter-type");
        type.getItems().add("any type");
        for (EventType t : EventType.values()) {
            type.getItems().add(t.name());
        }
        type.setValue("any type");
        TextField ip = field("filter-ip", "ip", 120);
        TextField device = field("filter-device", "device", 120);
        TextField text = field("filter-text", "search fields, tags and notes", 240);
        Runnable apply = () -> model.setFilter(EventFilter.ALL
                .withCategories(EnumSet.copyOf(withNone(lanes.getCheckModel().getCheckedItems(), Category.class)))
                .withOutcomes(EnumSet.copyOf(withNone(outcomes.getCheckModel().getCheckedItems(), Outcome.class)))
                .withType("any type".equals(type.getValue()) ? "" : type.getValue())
                .withIp(ip.getText()).withDevice(device.getText()).withText(text.getText()));
        lanes.getCheckModel().getCheckedItems().addListener((ListChangeListener<Category>) c -> apply.run());
        outcomes.getCheckModel().getCheckedItems().addListener((ListChangeListener<Outcome>) c -> apply.run());
        type.valueProperty().addListener(o -> apply.run());
        ip.textProperty().addListener(o -> apply.run());
        device.textProperty().addListener(o -> apply.run());
        text.textProperty().addListener(o -> apply.run());
        Button clear = new Button("Clear filters");
        clear.setOnAction(e -> {
            lanes.getCheckModel().checkAll();
            outcomes.getCheckModel().checkAll();
            type.setValue("any type");
            ip.clear();
            device.clear();
            text.clear();
        });
        HBox box = new HBox(6, new Label("Filter"), lanes, outcomes, type, ip, device, text, clear);
        box.setPadding(new Insets(4, 8, 4, 8));
        box.getStyleClass().add("filter-bar");
        return box;
    }

    /** An empty selection of a CheckComboBox means "none", which EnumSet.copyOf cannot take from an empty list. */
    private static <E extends Enum<E>> java.util.Collection<E> withNone(List<E> checked, Class<E> type) {
        return checked.isEmpty() ? EnumSet.noneOf(type) : checked;
    }

    private static TextField field(String id, String prompt, double width) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.setPrefWidth(width);
        return f;
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException();
            }
        };
    }

    private TableView<EventRow> eventTable() {
        table.setId("timeline-events");
        SortedList<EventRow> sorted = new SortedList<>(model.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        // the column holds the instant (so it sorts by time across offsets) and shows it in the chosen zone
        TableColumn<EventRow, Instant> time = TableColumns.of("Time", 200, r -> r.entry().facts().occurredAt());
        time.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Instant at, boolean empty) {
                super.updateItem(at, empty);
                setText(empty || at == null ? null : TimeFormats.millis(model.zoneProperty().get()).format(at));
            }
        });
        table.getColumns().add(time);
        table.getColumns().add(TableColumns.of("Type", 150, r -> r.entry().facts().type()));
        table.getColumns().add(TableColumns.of("Outcome", 70, r -> r.entry().facts().outcome().code()));
        table.getColumns().add(TableColumns.of("Rules", 60, r -> rules(r)));
        table.getColumns().add(TableColumns.of("IP", 110, r -> r.entry().facts().ip()));
        table.getColumns().add(TableColumns.of("Device", 100, r -> r.entry().facts().deviceId()));
        table.getColumns().add(TableColumns.of("Country", 60, r -> r.entry().country()));
        table.getColumns().add(TableColumns.of("Asset", 55, r -> r.entry().facts().asset()));
        TableColumn<EventRow, BigDecimal> amount = TableColumns.of("Amount", 110, r -> r.entry().facts().amount());
        amount.getStyleClass().add("numeric");
        table.getColumns().add(amount);
        table.getColumns().add(TableColumns.of("Address", 150, r -> r.entry().facts().address()));
        table.getColumns().add(TableColumns.of("Ref", 100, r -> r.entry().facts().ref()));
        table.getColumns().add(TableColumns.of("Tags", 120, r -> tags(r)));
        table.getColumns().add(TableColumns.of("Notes", 55, r -> notes(r)));
        model.zoneProperty().addListener(o -> table.refresh());
        model.sceneProperty().addListener(o -> table.refresh());
        table.setPlaceholder(new Label("Select an account to see its timeline; zoom out or clear the filters if it is "
                + "empty."));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (!syncing && row != null) {
                syncing = true;
                model.select(row.index());
                syncing = false;
            }
        });
        model.selectedProperty().addListener((obs, old, index) -> selectInTable(index.intValue()));
        model.rows().addListener((ListChangeListener<EventRow>) c -> selectInTable(model.selectedProperty().get()));
        return table;
    }

    private void selectInTable(int index) {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            if (index < 0) {
                table.getSelectionModel().clearSelection();
                return;
            }
            List<EventRow> items = table.getItems();
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).index() == index) {
                    table.getSelectionModel().clearAndSelect(i);
                    table.scrollTo(Math.max(0, i - 3));
                    return;
                }
            }
            table.getSelectionModel().clearSelection();
        } finally {
            syncing = false;
        }
    }

    private String rules(EventRow r) {
        TimelineScene s = model.sceneProperty().get();
        return s == null ? "" : s.timeline().findings().ruleHits().of(r.entry().facts().eventId()).stream()
                .map(Enum::name).collect(Collectors.joining(" "));
    }

    private String tags(EventRow r) {
        TimelineScene s = model.sceneProperty().get();
        return s == null ? "" : String.join(", ", s.annotations().tags(r.entry().facts().eventId()));
    }

    private Integer notes(EventRow r) {
        TimelineScene s = model.sceneProperty().get();
        int n = s == null ? 0 : s.annotations().notes(r.entry().facts().eventId()).size();
        return n == 0 ? null : n;
    }

    private TextArea details() {
        TextArea details = new TextArea();
        details.setId("timeline-details");
        details.setEditable(false);
        details.setWrapText(true);
        details.setFont(Font.font("Monospaced", 12));
        details.setPromptText("Select an event (in the lanes or the table) to see all its fields, what the playbook "
                + "found on it, its source file and line, its tags and notes");
        details.textProperty().bind(model.detailsProperty());
        return details;
    }

    private EventFacts selectedFacts() {
        TimelineScene s = model.sceneProperty().get();
        int i = model.selectedProperty().get();
        return s == null || i < 0 ? null : s.timeline().entry(i).facts();
    }

    private void decideAccount(DecisionKind kind, String title) {
        TimelineScene s = model.sceneProperty().get();
        if (s != null) {
            dialogs.askText(title, "Reason (kept with the decision):")
                    .ifPresent(reason -> review.decide(kind, s.timeline().accountId(), null, reason));
        }
    }

    private void decideWithdrawal(DecisionKind kind, String title) {
        EventFacts e = selectedFacts();
        if (e != null) {
            dialogs.askText(title, "Reason for " + e.eventId() + " (kept with the decision):")
                    .ifPresent(reason -> review.decide(kind, e.accountId(), e.eventId(), reason));
        }
    }


    private static Button button(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }
}
