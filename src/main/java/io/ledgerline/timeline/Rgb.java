package io.ledgerline.timeline;

/** A colour with opacity, free of any toolkit, so one painter serves the window and the PNG export. */
public record Rgb(int red, int green, int blue, double alpha) {

    public static Rgb hex(String hex) {
        int v = Integer.parseInt(hex.startsWith("#") ? hex.substring(1) : hex, 16);
        return new Rgb((v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff, 1.0);
    }

    public Rgb withAlpha(double a) {
        return new Rgb(red, green, blue, a);
    }
}
