package io.ledgerline.ui.timeline;

import io.ledgerline.analysis.PlaybookSettings;
import io.ledgerline.analysis.ReviewedAccount;
import io.ledgerline.audit.AuditTrail;
import io.ledgerline.domain.AnnotationKind;
import io.ledgerline.timeline.AnnotationService;
import io.ledgerline.store.CaseFile;
import io.ledgerline.store.StoredEvent;
import io.ledgerline.store.TimelineStore;
import io.ledgerline.timeline.EventDetails;
import io.ledgerline.timeline.EventFilter;
import io.ledgerline.domain.EpochMicros;
import io.ledgerline.timeline.Palette;
import io.ledgerline.timeline.StopMarker;
import io.ledgerline.whatif.AccountOutcome;
import io.ledgerline.whatif.Control;
import io.ledgerline.whatif.ControlCatalog;
import io.ledgerline.whatif.WhatIfResult;
import io.ledgerline.whatif.WhatIfService;
import io.ledgerline.timeline.TimelineLoader;
import io.ledgerline.timeline.TimelinePng;
import io.ledgerline.timeline.TimelineScene;
import io.ledgerline.timeline.Viewport;
import io.ledgerline.ui.task.TaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * State and commands of one account's timeline: the scene (events, filter, tags), the visible range, the selected
 * event, the time zone. The canvas, the table and the details all follow these properties, which is what keeps the three
 * views in sync. Loading, filtering, tagging and fetching an event's fields run through the {@link TaskRunner}; zoom,
 * pan and selection are cheap and immediate. Call from the FX thread.
 */
public final class TimelineViewModel {

    /** One wheel notch or one +/- key press zooms by this factor. */
    public static final double ZOOM_STEP = 1.25;

    private final TaskRunner tasks;
    private final Consumer<Throwable> onFailure;
    private final Supplier<AuditTrail> trail;
    private CaseFile caseFile;
    private PlaybookSettings settings = PlaybookSettings.defaults();
    private final ObjectProperty<TimelineScene> scene = new SimpleObjectProperty<>();
    private final ObjectProperty<Viewport> viewport = new SimpleObjectProperty<>(new Viewport(0, 86_400_000_000L));
    private final IntegerProperty selected = new SimpleIntegerProperty(-1);
    private final ObjectProperty<ZoneId> zone = new SimpleObjectProperty<>(ZoneOffset.UTC);
    private final BooleanProperty dark = new SimpleBooleanProperty(false);
    private final ObjectProperty<StoredEvent> selectedEvent = new SimpleObjectProperty<>();
    private final StringProperty details = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final ObservableList<EventRow> rows = FXCollections.observableArrayList();
    private String loadingAccount;
    private final ObjectProperty<String> whatIfControl = new SimpleObjectProperty<>();
    /** The default what-if set replayed over the open case once, on first use; a marker is then a look-up. */
    private WhatIfResult whatIf;
    private CaseFile whatIfCase;
    private final PauseTransition rowsLater = new PauseTransition(Duration.millis(120));

    /** @param trail the audit trail of the case shown, through which tags and notes are written */
    public TimelineViewModel(TaskRunner tasks, Consumer<Throwable> onFailure, Supplier<AuditTrail> trail) {
        this.tasks = tasks;
        this.onFailure = onFailure;
        this.trail = trail;
        // the table follows the view once it rests: a pan redraws the canvas every frame but rebuilds the rows once
        rowsLater.setOnFinished(e -> refreshRows());
        viewport.addListener((obs, old, v) -> rowsLater.playFromStart());
        scene.addListener((obs, old, s) -> refreshRows());
        selected.addListener((obs, old, index) -> loadSelectedEvent(index.intValue()));
        whatIfControl.addListener((obs, old, name) -> applyWhatIf());
    }

    /** The what-if controls a marker can show, by name: each announced control alone, then all combined. */
    public static List<String> whatIfControls() {
        return ControlCatalog.defaults().stream().map(Control::name).toList();
    }

    /** Marks where the chosen control would have stopped this account's attack, computing the what-if if needed. */
    private void applyWhatIf() {
        TimelineScene s = scene.get();
        String name = whatIfControl.get();
        if (s == null) {
            return;
        }
        if (name == null) {
            scene.set(s.withMarker(null));
            return;
        }
        if (whatIf != null && whatIfCase == caseFile) {
            scene.set(s.withMarker(marker(whatIf, name, s.timeline().accountId())));
            return;
        }
        CaseFile c = caseFile;
        PlaybookSettings runSettings = settings;
        tasks.run("Replaying the case under the announced controls", progress -> new WhatIfService().run(c,
                runSettings, ControlCatalog.defaults(), progress), result -> {
                    whatIf = result;
                    whatIfCase = c;
                    if (scene.get() != null && c == caseFile) {
                        applyWhatIf();
                    }
                }, onFailure);
    }

    /** The marker of control {@code name} on {@code accountId}, or null when the control stops nothing there. */
    static StopMarker marker(WhatIfResult result, String name, String accountId) {
        return result.controls().stream().filter(o -> o.control().name().equals(name)).findFirst()
                .flatMap(o -> o.account(accountId)).flatMap(AccountOutcome::stopPoint)
                .map(stop -> new StopMarker(EpochMicros.of(stop.at()), name + " stops the attack here: "
                        + stop.type() + " " + stop.effect().name().toLowerCase(java.util.Locale.ROOT)))
                .orElse(null);
    }

    /** The control whose stop the timeline marks, or null for none. */
    public ObjectProperty<String> whatIfControlProperty() {
        return whatIfControl;
    }

    /** Shows {@code accountId} of {@code c}, zoomed to its compromise window when it has one. */
    public void show(CaseFile c, String accountId, ReviewedAccount reviewed, PlaybookSettings runSettings) {
        this.caseFile = c;
        this.settings = runSettings;
        loadingAccount = accountId;
        tasks.run("Loading the timeline of " + accountId,
                progress -> new TimelineLoader(c).load(accountId, reviewed, runSettings), loaded -> {
                    if (!accountId.equals(loadingAccount)) {
                        return; // another account was selected meanwhile
                    }
                    selected.set(-1);
                    viewport.set(loaded.timeline().fitWindow());
                    scene.set(loaded);
                    applyWhatIf();
                }, onFailure);
    }

    /** Shows nothing (no account selected, or the case closed). */
    public void clear() {
        loadingAccount = null;
        whatIf = null;
        selected.set(-1);
        scene.set(null);
        caseFile = null;
    }

    /** The same account again with new findings (after a review decision), keeping the view where it is. */
    public void refresh(ReviewedAccount reviewed) {
        TimelineScene current = scene.get();
        if (current == null || caseFile == null) {
            return;
        }
        String accountId = current.timeline().accountId();
        CaseFile c = caseFile;
        EventFilter filter = current.filter();
        tasks.run("Refreshing the timeline of " + accountId,
                progress -> {
                    // loaded with its tags and notes already; only the filter is carried over
                    TimelineScene fresh = new TimelineLoader(c).load(accountId, reviewed, settings);
                    return fresh.with(fresh.annotations(), filter);
                }, loaded -> {
                    if (scene.get() != null && accountId.equals(scene.get().timeline().accountId())) {
                        scene.set(loaded.withMarker(scene.get().marker()));
                        loadSelectedEvent(selected.get());
                    }
                }, onFailure);
    }

    public void zoom(double factor, long anchor) {
        viewport.set(viewport.get().zoom(factor, anchor));
    }

    /** Zooms around the middle of the view, as the keyboard and the toolbar do. */
    public void zoom(double factor) {
        Viewport v = viewport.get();
        zoom(factor, v.start() + v.span() / 2);
    }

    public void panBy(double fraction) {
        viewport.set(viewport.get().panBy(fraction));
    }

    public void fitAll() {
        if (scene.get() != null) {
            viewport.set(scene.get().timeline().fitAll());
        }
    }

    public void fitWindow() {
        if (scene.get() != null) {
            viewport.set(scene.get().timeline().fitWindow());
        }
    }

    /** Keeps the span and shows the account's first (or last) events. */
    public void toStart() {
        if (scene.get() != null && !scene.get().timeline().isEmpty()) {
            Viewport v = viewport.get();
            long first = scene.get().timeline().micros(0);
            viewport.set(new Viewport(first - v.span() / 40, first - v.span() / 40 + v.span()));
        }
    }

    public void toEnd() {
        TimelineScene s = scene.get();
        if (s != null && !s.timeline().isEmpty()) {
            Viewport v = viewport.get();
            long last = s.timeline().micros(s.timeline().size() - 1);
            viewport.set(new Viewport(last + v.span() / 40 - v.span(), last + v.span() / 40));
        }
    }

    /** Selects the event at {@code index} (-1 for none), bringing it into view if it is outside. */
    public void select(int index) {
        TimelineScene s = scene.get();
        if (s != null && index >= 0 && index < s.timeline().size() && !viewport.get().contains(s.timeline().micros(index))) {
            viewport.set(viewport.get().centredOn(s.timeline().micros(index)));
        }
        selected.set(index);
    }

    public void setFilter(EventFilter filter) {
        TimelineScene s = scene.get();
        if (s == null || s.filter().equals(filter)) {
            return;
        }
        tasks.run("Filtering", progress -> s.with(s.annotations(), filter), filtered -> {
            if (scene.get() != null && scene.get().timeline() == filtered.timeline()) {
                scene.set(filtered);
            }
        }, onFailure);
    }

    /** Tags the selected event; a tag already on it is left as it is. */
    public void tagSelected(String tag) {
        annotateSelected(AnnotationKind.TAG, tag);
    }

    public void untagSelected(String tag) {
        annotateSelected(AnnotationKind.UNTAG, tag);
    }

    public void noteSelected(String note) {
        annotateSelected(AnnotationKind.NOTE, note);
    }

    private void annotateSelected(AnnotationKind kind, String text) {
        TimelineScene s = scene.get();
        int index = selected.get();
        if (s == null || index < 0 || text == null || text.isBlank()) {
            return;
        }
        String eventId = s.timeline().entry(index).facts().eventId();
        String accountId = s.timeline().accountId();
        CaseFile c = caseFile;
        AuditTrail writer = trail.get();
        if (writer == null || writer.caseFile() != c) {
            return;
        }
        tasks.run("Saving " + kind.code() + " on " + eventId, progress -> {
            new AnnotationService().annotate(writer, eventId, kind, text);
            return new TimelineLoader(c).annotations(accountId);
        }, annotations -> {
            if (scene.get() != null && scene.get().timeline() == s.timeline()) {
                TimelineScene current = scene.get();
                // rebuilt off the thread like any filter change would be; tags only touch a few rows
                tasks.run("Refreshing tags", p -> current.with(annotations, current.filter()), updated -> {
                    scene.set(updated);
                    loadSelectedEvent(selected.get());
                }, onFailure);
            }
        }, onFailure);
    }

    /** Writes the current view as a PNG (drawn by the same painter, off the FX thread). */
    public void exportPicture(Path out, int width, int height, Consumer<Path> done) {
        TimelineScene s = scene.get();
        if (s == null) {
            return;
        }
        Viewport v = viewport.get();
        ZoneId z = zone.get();
        Palette p = palette();
        tasks.run("Writing " + out.getFileName(), progress -> {
            Files.write(out, TimelinePng.render(s, v, z, p, width, height));
            return out;
        }, done, onFailure);
    }

    public Palette palette() {
        return dark.get() ? Palette.DARK : Palette.LIGHT;
    }

    private void refreshRows() {
        TimelineScene s = scene.get();
        if (s == null) {
            rows.clear();
            summary.set("");
            return;
        }
        int[] visible = s.shownIn(viewport.get());
        List<EventRow> list = new ArrayList<>(visible.length);
        for (int i : visible) {
            list.add(new EventRow(i, s.timeline().entry(i)));
        }
        rows.setAll(list);
        summary.set(String.format("%,d in view · %,d of %,d events shown", visible.length, s.shownCount(),
                s.timeline().size()));
    }

    private void loadSelectedEvent(int index) {
        TimelineScene s = scene.get();
        if (s == null || index < 0 || index >= s.timeline().size() || caseFile == null) {
            selectedEvent.set(null);
            details.set("");
            return;
        }
        long rowId = s.timeline().entry(index).rowId();
        CaseFile c = caseFile;
        tasks.run("Reading event", progress -> new TimelineStore(c).event(rowId).orElse(null), event -> {
            if (selected.get() == index && scene.get() == s) {
                selectedEvent.set(event);
                details.set(EventDetails.text(event, s));
            }
        }, onFailure);
    }

    public ReadOnlyObjectProperty<TimelineScene> sceneProperty() {
        return scene;
    }

    public ObjectProperty<Viewport> viewportProperty() {
        return viewport;
    }

    public IntegerProperty selectedProperty() {
        return selected;
    }

    public ObjectProperty<ZoneId> zoneProperty() {
        return zone;
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    public ReadOnlyObjectProperty<StoredEvent> selectedEventProperty() {
        return selectedEvent;
    }

    public ReadOnlyStringProperty detailsProperty() {
        return details;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    /** The shown events inside the visible range, in time order (the table sorts its own view of them). */
    public ObservableList<EventRow> rows() {
        return rows;
    }
}
