package io.ledgerline.ui.timeline;

import io.ledgerline.timeline.Surface;
import java.util.function.BiConsumer;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;

/** A canvas that fills its region and repaints itself through a {@link Surface} painter whenever it resizes. */
public final class PictureCanvas extends Region {

    private final Canvas canvas = new Canvas();
    private BiConsumer<Surface, double[]> painter = (s, size) -> { };

    public PictureCanvas() {
        getChildren().add(canvas);
    }

    /** @param painter draws on the surface; the array holds the width and height */
    public void setPainter(BiConsumer<Surface, double[]> painter) {
        this.painter = painter;
        paint();
    }

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            paint();
        }
    }

    public void paint() {
        canvas.getGraphicsContext2D().clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (canvas.getWidth() > 0 && canvas.getHeight() > 0) {
            painter.accept(new FxSurface(canvas.getGraphicsContext2D()), new double[] {canvas.getWidth(),
                canvas.getHeight()});
        }
    }
}
