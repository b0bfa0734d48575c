package io.ledgerline.ui.compare;

import io.ledgerline.analysis.ReviewedAccount;
import io.ledgerline.analysis.ReviewedResult;
import io.ledgerline.store.CaseFile;
import io.ledgerline.timeline.Alignment;
import io.ledgerline.timeline.ComparisonPainter;
import io.ledgerline.timeline.Palette;
import io.ledgerline.timeline.Viewport;
import io.ledgerline.ui.timeline.PictureCanvas;
import io.ledgerline.ui.timeline.TimelineViewModel;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import org.controlsfx.control.CheckComboBox;

/**
 * Comparison mode: the chosen compromised accounts, one row each, on the calendar or each from its own disclosure.
 * Wheel zooms around the cursor, dragging pans, "Fit" shows everything.
 */
public final class ComparePane {

    private final CompareViewModel model;
    private final PictureCanvas canvas = new PictureCanvas();
    private final BorderPane root = new BorderPane();
    private final CheckComboBox<String> chosen = new CheckComboBox<>();
    private double dragX;
    private Viewport dragFrom;

    public ComparePane(CompareViewModel model, ReadOnlyObjectProperty<ReviewedResult> reviewed,
            Supplier<CaseFile> caseFile, ObservableBooleanValue dark, ObservableValue<ZoneId> zone) {
        this.model = model;
        chosen.setId("compare-accounts");
        chosen.setTitle("Accounts");
        RadioButton wallClock = new RadioButton("Wall-clock time");
        wallClock.setId("align-wall-clock");
        RadioButton fromDisclosure = new RadioButton("From each data disclosure");
        fromDisclosure.setId("align-disclosure");
        ToggleGroup group = new ToggleGroup();
        wallClock.setToggleGroup(group);
        fromDisclosure.setToggleGroup(group);
        wallClock.setSelected(true);
        group.selectedToggleProperty().addListener((obs, old, t) -> model.alignmentProperty().set(
                t == fromDisclosure ? Alignment.FROM_DISCLOSURE : Alignment.WALL_CLOCK));
        Button compare = new Button("Compare");
        compare.setId("compare");
        compare.setOnAction(e -> compareChosenNow(reviewed, caseFile));
        Button fit = new Button("Fit the attacks");
        fit.setId("compare-fit");
        fit.setOnAction(e -> model.fit());
        Button all = new Button("Whole history");
        all.setOnAction(e -> model.fitAll());
        // a case's takeovers are lined up as soon as it is shown: the tab never opens on an empty axis
        reviewed.addListener((obs, old, r) -> {
            offer(r);
            compareChosenNow(reviewed, caseFile);
        });
        offer(reviewed.get());
        root.setTop(new ToolBar(new Label("Line up"), chosen, compare, new Separator(), wallClock, fromDisclosure,
                new Separator(), fit, all));
        ScrollPane scroll = new ScrollPane(canvas);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        root.setCenter(scroll);
        canvas.setId("compare-canvas");
        model.accountsProperty().addListener(o -> canvas.setPrefHeight(ComparisonPainter.height(
                model.accountsProperty().get().size())));
        Runnable repaint = canvas::paint;
        canvas.setPainter((s, size) -> ComparisonPainter.paint(s, size[0], size[1], model.accountsProperty().get(),
                model.alignmentProperty().get(), model.viewportProperty().get(), zone.getValue(),
                dark.get() ? Palette.DARK : Palette.LIGHT));
        model.accountsProperty().addListener(o -> repaint.run());
        model.viewportProperty().addListener(o -> repaint.run());
        model.alignmentProperty().addListener(o -> repaint.run());
        dark.addListener(o -> repaint.run());
        zone.addListener(o -> repaint.run());
        navigation();
    }

    private void compareChosenNow(ReadOnlyObjectProperty<ReviewedResult> reviewed, Supplier<CaseFile> caseFile) {
        if (reviewed.get() != null && caseFile.get() != null) {
            model.compare(caseFile.get(), reviewed.get(), List.copyOf(chosen.getCheckModel().getCheckedItems()));
        }
    }

    /** Offers the case's suspected and confirmed takeovers, all of them chosen. */
    private void offer(ReviewedResult r) {
        chosen.getItems().setAll(r == null ? List.of() : r.accounts().stream().map(ReviewedAccount::accountId)
                .toList());
        chosen.getCheckModel().checkAll();
        model.clear();
    }

    private void navigation() {
        canvas.setOnScroll(e -> {
            double plotWidth = ComparisonPainter.plotWidth(canvas.getWidth());
            double x = e.getX() - ComparisonPainter.LABEL_WIDTH;
            if (e.getDeltaY() == 0 || x < 0) {
                return;
            }
            Viewport v = model.viewportProperty().get();
            model.viewportProperty().set(v.zoom(e.getDeltaY() > 0 ? 1 / TimelineViewModel.ZOOM_STEP
                    : TimelineViewModel.ZOOM_STEP, v.micros(x, plotWidth)));
            e.consume();
        });
        canvas.setOnMousePressed(e -> {
            dragX = e.getX();
            dragFrom = model.viewportProperty().get();
        });
        canvas.setOnMouseDragged(e -> {
            double plotWidth = ComparisonPainter.plotWidth(canvas.getWidth());
            model.viewportProperty().set(dragFrom.pan(-Math.round((e.getX() - dragX) * dragFrom.span() / plotWidth)));
        });
    }

    public Parent root() {
        return root;
    }
}
