package io.ledgerline.ui.timeline;

import io.ledgerline.timeline.Rgb;
import io.ledgerline.timeline.Surface;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/** The painter's {@link Surface} on a JavaFX canvas. */
final class FxSurface implements Surface {

    private final GraphicsContext g;
    private final Text measure = new Text();

    FxSurface(GraphicsContext g) {
        this.g = g;
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
    }

    private static Color colour(Rgb c) {
        return Color.rgb(c.red(), c.green(), c.blue(), c.alpha());
    }

    @Override
    public void fill(Rgb colour) {
        g.setFill(colour(colour));
    }

    @Override
    public void stroke(Rgb colour) {
        g.setStroke(colour(colour));
    }

    @Override
    public void lineWidth(double width) {
        g.setLineWidth(width);
    }

    @Override
    public void dashes(double... pattern) {
        g.setLineDashes(pattern.length == 0 ? null : pattern);
    }

    @Override
    public void font(double size, boolean bold) {
        Font font = Font.font(Font.getDefault().getFamily(), bold ? FontWeight.BOLD : FontWeight.NORMAL, size);
        g.setFont(font);
        measure.setFont(font);
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        g.fillRect(x, y, w, h);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        g.strokeRect(x, y, w, h);
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arc) {
        g.fillRoundRect(x, y, w, h, arc, arc);
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arc) {
        g.strokeRoundRect(x, y, w, h, arc, arc);
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        g.fillOval(x, y, w, h);
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        g.strokeOval(x, y, w, h);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys) {
        g.fillPolygon(xs, ys, xs.length);
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys) {
        g.strokePolygon(xs, ys, xs.length);
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        g.strokeLine(x1, y1, x2, y2);
    }

    @Override
    public void fillText(String text, double x, double y) {
        g.fillText(text, x, y);
    }

    @Override
    public double textWidth(String text) {
        measure.setText(text);
        return measure.getLayoutBounds().getWidth();
    }

    @Override
    public void clip(double x, double y, double w, double h) {
        g.save();
        g.beginPath();
        g.rect(x, y, w, h);
        g.closePath();
        g.clip();
    }

    @Override
    public void unclip() {
        g.restore();
    }
}
