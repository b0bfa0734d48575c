package io.ledgerline.timeline;

import io.ledgerline.domain.Category;
import java.util.List;

/**
 * The timeline's colours, light and dark. Lane colours are distinct for the nine categories and readable on both
 * backgrounds; failure red and pending amber are kept out of the lane colours so an outcome is never mistaken for a
 * lane. {@code stop} marks where a what-if control would have stopped the attack.
 */
public record Palette(Rgb background, Rgb laneStripe, Rgb grid, Rgb text, Rgb mutedText, List<Rgb> lanes, Rgb failure,
        Rgb pending, Rgb unauthorized, Rgb window, Rgb disclosure, Rgb selection, Rgb visibleRange, Rgb stop) {

    public static final Palette LIGHT = new Palette(Rgb.hex("#ffffff"), Rgb.hex("#f5f7fa"), Rgb.hex("#e3e7ee"),
            Rgb.hex("#1f2933"), Rgb.hex("#66788a"),
            lanes("#2f6fde", "#8e44ad", "#0f9d8a", "#d97706", "#15803d", "#4b5563", "#b45309", "#0e7490", "#6b7280"),
            Rgb.hex("#dc2626"), Rgb.hex("#f59e0b"), Rgb.hex("#dc2626"), Rgb.hex("#fde2e2").withAlpha(0.75),
            Rgb.hex("#7c3aed"), Rgb.hex("#111827"), Rgb.hex("#2f6fde").withAlpha(0.18), Rgb.hex("#0d9488"));

    public static final Palette DARK = new Palette(Rgb.hex("#1b1f24"), Rgb.hex("#22272e"), Rgb.hex("#343b45"),
            Rgb.hex("#e6edf3"), Rgb.hex("#9aa7b4"),
            lanes("#6ea8fe", "#c29ffa", "#3dd6c1", "#fbbf24", "#4ade80", "#a3aab5", "#f59e0b", "#38bdf8", "#9ca3af"),
            Rgb.hex("#f87171"), Rgb.hex("#fbbf24"), Rgb.hex("#f87171"), Rgb.hex("#7f1d1d").withAlpha(0.45),
            Rgb.hex("#c4b5fd"), Rgb.hex("#ffffff"), Rgb.hex("#6ea8fe").withAlpha(0.22), Rgb.hex("#2dd4bf"));

    public Rgb lane(Category category) {
        return lanes.get(category.ordinal());
    }

    private static List<Rgb> lanes(String... hex) {
        if (hex.length != Category.values().length) {
            throw new IllegalArgumentException("one colour per category");
        }
        return java.util.Arrays.stream(hex).map(Rgb::hex).toList();
    }
}
