package io.ledgerline.timeline;

/**
 * Where a timeline is drawn: a JavaFX canvas in the window, a Java2D image for the PNG export. The painter speaks only
 * this, so both show the same picture.
 */
public interface Surface {

    void fill(Rgb colour);

    void stroke(Rgb colour);

    void lineWidth(double width);

    /** Dashed strokes from now on; no arguments for solid. */
    void dashes(double... pattern);

    void font(double size, boolean bold);

    void fillRect(double x, double y, double w, double h);

    void strokeRect(double x, double y, double w, double h);

    void fillRoundRect(double x, double y, double w, double h, double arc);

    void strokeRoundRect(double x, double y, double w, double h, double arc);

    void fillOval(double x, double y, double w, double h);

    void strokeOval(double x, double y, double w, double h);

    void fillPolygon(double[] xs, double[] ys);

    void strokePolygon(double[] xs, double[] ys);

    void strokeLine(double x1, double y1, double x2, double y2);

    /** Text with its baseline at {@code y}. */
    void fillText(String text, double x, double y);

    double textWidth(String text);

    /** Restricts drawing to the rectangle until {@link #unclip()}. */
    void clip(double x, double y, double w, double h);

    void unclip();
}
