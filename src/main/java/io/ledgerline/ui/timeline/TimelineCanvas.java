package io.ledgerline.ui.timeline;

import io.ledgerline.domain.EventFacts;
import io.ledgerline.timeline.AccountTimeline;
import io.ledgerline.timeline.Mark;
import io.ledgerline.timeline.MarkLayout;
import io.ledgerline.timeline.TimelineGeometry;
import io.ledgerline.timeline.TimelinePainter;
import io.ledgerline.timeline.Surface;
import io.ledgerline.timeline.TimelineScene;
import io.ledgerline.timeline.Viewport;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * The timeline's drawing: overview strip, axis and lanes on one canvas, repainted from the view model's state. Wheel
 * zooms around the cursor, dragging the lanes pans, dragging the overview's range moves it (its edges resize it), a
 * click selects a mark or zooms into a merged one; arrows, +/-, Home and End work once it has focus.
 */
public final class TimelineCanvas extends Region {

    private static final double EDGE_PX = 5;

    private final TimelineViewModel model;
    private final PictureCanvas canvas = new PictureCanvas();
    private final Tooltip tooltip = new Tooltip();
    private List<Mark> marks = List.of();
    private Drag drag;

    /** What a mouse drag that started at {@code x} is doing. */
    private enum DragKind { PAN, MOVE_RANGE, RESIZE_START, RESIZE_END }

    private record Drag(DragKind kind, double x, Viewport from, boolean moved) {
        Drag movedNow() {
            return new Drag(kind, x, from, true);
        }
    }

    public TimelineCanvas(TimelineViewModel model) {
        this.model = model;
        setId("timeline-canvas");
        getChildren().add(canvas);
        canvas.setPainter(this::draw);
        setFocusTraversable(true);
        setMinHeight(260);
        setPrefHeight(430);
        tooltip.setShowDelay(Duration.millis(250));
        Tooltip.install(this, tooltip);
        model.sceneProperty().addListener(o -> paint());
        model.viewportProperty().addListener(o -> paint());
        model.selectedProperty().addListener(o -> paint());
        model.zoneProperty().addListener(o -> paint());
        model.darkProperty().addListener(o -> paint());
        setOnScroll(this::scrolled);
        setOnMousePressed(this::pressed);
        setOnMouseDragged(this::dragged);
        setOnMouseReleased(this::released);
        setOnMouseMoved(this::moved);
        setOnKeyPressed(this::key);
    }

    @Override
    protected void layoutChildren() {
        canvas.resizeRelocate(0, 0, getWidth(), getHeight());
    }

    private TimelineGeometry geometry() {
        return new TimelineGeometry(canvas.getWidth(), canvas.getHeight());
    }

    /** Repaints now. */
    public void paint() {
        canvas.paint();
    }

    private void draw(Surface surface, double[] size) {
        TimelineScene scene = model.sceneProperty().get();
        if (scene == null || size[0] < 10 || size[1] < 10) {
            marks = List.of();
            return;
        }
        marks = TimelinePainter.paint(surface, new TimelineGeometry(size[0], size[1]), scene,
                model.viewportProperty().get(), model.zoneProperty().get(), model.palette(),
                model.selectedProperty().get());
    }

    /** The marks of the last frame, for tests. */
    public List<Mark> marks() {
        return marks;
    }

    private void scrolled(ScrollEvent e) {
        if (model.sceneProperty().get() == null || e.getDeltaY() == 0) {
            return;
        }
        TimelineGeometry g = geometry();
        Viewport v = model.viewportProperty().get();
        long anchor = g.inOverview(e.getY())
                ? overviewRange().micros(g.plotX(e.getX()), g.plotWidth())
                : v.micros(g.plotX(e.getX()), g.plotWidth());
        model.zoom(e.getDeltaY() > 0 ? 1 / TimelineViewModel.ZOOM_STEP : TimelineViewModel.ZOOM_STEP, anchor);
        e.consume();
    }

    private Viewport overviewRange() {
        return model.sceneProperty().get().overview().range();
    }

    private void pressed(MouseEvent e) {
        requestFocus();
        if (model.sceneProperty().get() == null || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        TimelineGeometry g = geometry();
        Viewport v = model.viewportProperty().get();
        if (g.inOverview(e.getY())) {
            Viewport all = overviewRange();
            double x1 = all.x(v.start(), g.plotWidth());
            double x2 = all.x(v.end(), g.plotWidth());
            double x = g.plotX(e.getX());
            if (Math.abs(x - x1) <= EDGE_PX) {
                drag = new Drag(DragKind.RESIZE_START, e.getX(), v, false);
            } else if (Math.abs(x - x2) <= EDGE_PX) {
                drag = new Drag(DragKind.RESIZE_END, e.getX(), v, false);
            } else if (x > x1 && x < x2) {
                drag = new Drag(DragKind.MOVE_RANGE, e.getX(), v, false);
            } else {
                model.viewportProperty().set(v.centredOn(all.micros(x, g.plotWidth())));
                drag = new Drag(DragKind.MOVE_RANGE, e.getX(), model.viewportProperty().get(), true);
            }
        } else {
            drag = new Drag(DragKind.PAN, e.getX(), v, false);
        }
    }

    private void dragged(MouseEvent e) {
        if (drag == null) {
            return;
        }
        TimelineGeometry g = geometry();
        double dx = e.getX() - drag.x();
        if (Math.abs(dx) < 2 && !drag.moved()) {
            return;
        }
        drag = drag.movedNow();
        Viewport from = drag.from();
        long overviewMicros = Math.round(dx * overviewRange().span() / g.plotWidth());
        Viewport next = switch (drag.kind()) {
            case PAN -> from.pan(-Math.round(dx * from.span() / g.plotWidth()));
            case MOVE_RANGE -> from.pan(overviewMicros);
            case RESIZE_START -> new Viewport(Math.min(from.start() + overviewMicros, from.end() - Viewport.MIN_SPAN),
                    from.end());
            case RESIZE_END -> new Viewport(from.start(),
                    Math.max(from.end() + overviewMicros, from.start() + Viewport.MIN_SPAN));
        };
        model.viewportProperty().set(next);
    }

    private void released(MouseEvent e) {
        Drag done = drag;
        drag = null;
        if (done == null || done.moved() || done.kind() != DragKind.PAN) {
            return;
        }
        Mark m = markAt(e.getX(), e.getY());
        if (m == null) {
            return;
        }
        AccountTimeline timeline = model.sceneProperty().get().timeline();
        if (m.single()) {
            model.select(m.first());
        } else {
            // a merged mark opens up: zoom to the events it stands for
            model.viewportProperty().set(Viewport.fit(timeline.micros(m.first()), timeline.micros(m.last())));
        }
    }

    private Mark markAt(double x, double y) {
        TimelineGeometry g = geometry();
        int lane = g.laneAt(y);
        return lane < 0 ? null : MarkLayout.at(marks, lane, g.plotX(x), TimelinePainter.MIN_GAP_PX);
    }

    private void moved(MouseEvent e) {
        Mark m = model.sceneProperty().get() == null ? null : markAt(e.getX(), e.getY());
        tooltip.setText(m == null ? null : describe(m));
        if (m == null) {
            tooltip.hide();
        }
    }

    private String describe(Mark m) {
        AccountTimeline timeline = model.sceneProperty().get().timeline();
        DateTimeFormatter f = TimeFormats.seconds(model.zoneProperty().get());
        if (!m.single()) {
            return String.format("%,d events%s, %s – %s%nclick to zoom in", m.count(),
                    m.failures() > 0 ? String.format(" (%,d failed)", m.failures()) : "",
                    f.format(timeline.entry(m.first()).facts().occurredAt()),
                    f.format(timeline.entry(m.last()).facts().occurredAt()));
        }
        EventFacts e = timeline.entry(m.first()).facts();
        StringBuilder text = new StringBuilder(e.type()).append(" · ").append(e.outcome().code()).append('\n')
                .append(TimeFormats.millis(model.zoneProperty().get()).format(e.occurredAt()));
        if (e.amount() != null) {
            text.append('\n').append(e.amount().toPlainString()).append(' ').append(e.asset() == null ? "" : e.asset());
        }
        if (e.ip() != null) {
            text.append("\nip ").append(e.ip());
        }
        if (e.deviceId() != null) {
            text.append("\ndevice ").append(e.deviceId());
        }
        var rules = timeline.findings().ruleHits().of(e.eventId());
        rules.forEach(r -> text.append('\n').append(r.name()).append(": ").append(r.meaning()));
        if (timeline.findings().unauthorizedWithdrawals().contains(e.eventId())) {
            text.append("\nunauthorized withdrawal (counted in the loss)");
        }
        return text.toString();
    }

    private void key(KeyEvent e) {
        switch (e.getCode()) {
            case LEFT -> model.panBy(-0.1);
            case RIGHT -> model.panBy(0.1);
            case PLUS, ADD, EQUALS -> model.zoom(1 / TimelineViewModel.ZOOM_STEP);
            case MINUS, SUBTRACT -> model.zoom(TimelineViewModel.ZOOM_STEP);
            case HOME -> model.toStart();
            case END -> model.toEnd();
            default -> {
                return;
            }
        }
        e.consume();
    }
}
