package io.ledgerline.timeline;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;

/** A {@link Surface} on a Java2D graphics context: the PNG export draws here, headless, without JavaFX. */
final class AwtSurface implements Surface {

    private final Graphics2D g;
    private Color fill = Color.BLACK;
    private Color stroke = Color.BLACK;
    private float width = 1;
    private float[] dashes;

    AwtSurface(Graphics2D g) {
        this.g = g;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    }

    private static Color colour(Rgb c) {
        return new Color(c.red(), c.green(), c.blue(), (int) Math.round(c.alpha() * 255));
    }

    @Override
    public void fill(Rgb colour) {
        fill = colour(colour);
    }

    @Override
    public void stroke(Rgb colour) {
        stroke = colour(colour);
    }

    @Override
    public void lineWidth(double w) {
        width = (float) w;
    }

    @Override
    public void dashes(double... pattern) {
        if (pattern.length == 0) {
            dashes = null;
            return;
        }
        dashes = new float[pattern.length];
        for (int i = 0; i < pattern.length; i++) {
            dashes[i] = (float) pattern[i];
        }
    }

    @Override
    public void font(double size, boolean bold) {
        g.setFont(new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, (int) Math.round(size)));
    }

    private void filling() {
        g.setColor(fill);
    }

    private void stroking() {
        g.setColor(stroke);
        g.setStroke(dashes == null ? new BasicStroke(width)
                : new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, dashes, 0));
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        filling();
        g.fill(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        stroking();
        g.draw(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arc) {
        filling();
        g.fill(new RoundRectangle2D.Double(x, y, w, h, arc, arc));
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arc) {
        stroking();
        g.draw(new RoundRectangle2D.Double(x, y, w, h, arc, arc));
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        filling();
        g.fill(new Ellipse2D.Double(x, y, w, h));
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        stroking();
        g.draw(new Ellipse2D.Double(x, y, w, h));
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys) {
        filling();
        g.fill(path(xs, ys));
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys) {
        stroking();
        g.draw(path(xs, ys));
    }

    private static Path2D path(double[] xs, double[] ys) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xs[0], ys[0]);
        for (int i = 1; i < xs.length; i++) {
            p.lineTo(xs[i], ys[i]);
        }
        p.closePath();
        return p;
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        stroking();
        g.draw(new Line2D.Double(x1, y1, x2, y2));
    }

    @Override
    public void fillText(String text, double x, double y) {
        filling();
        g.drawString(text, (float) x, (float) y);
    }

    @Override
    public double textWidth(String text) {
        return g.getFontMetrics().stringWidth(text);
    }

    @Override
    public void clip(double x, double y, double w, double h) {
        g.setClip(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void unclip() {
        g.setClip(null);
    }
}
