package io.ledgerline.timeline;

import io.ledgerline.domain.Category;
import io.ledgerline.domain.EpochMicros;
import io.ledgerline.domain.EventFacts;
import io.ledgerline.domain.EventType;
import io.ledgerline.domain.Outcome;
import io.ledgerline.domain.Verification;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Draws one frame of an account's timeline on a {@link Surface}: the overview histogram with the visible range, the
 * time axis, the lanes with their marks, the compromise window, disclosures, rule hits, unauthorized withdrawals and the
 * selection. Stateless; the cost of a frame is the visible marks (see {@link MarkLayout}).
 */
public final class TimelinePainter {

    /** Marks closer than this merge into a count. */
    public static final double MIN_GAP_PX = 10;
    private static final double SYMBOL = 9;

    private TimelinePainter() {
    }

    /**
     * Paints the frame and returns the marks it laid out, for hit testing.
     *
     * @param selected index of the selected event, or -1
     */
    public static List<Mark> paint(Surface s, TimelineGeometry g, TimelineScene scene, Viewport view, ZoneId zone,
            Palette p, int selected) {
        s.fill(p.background());
        s.fillRect(0, 0, g.width(), g.height());
        overview(s, g, scene, view, p);
        List<Mark> marks = MarkLayout.layout(scene.timeline(), scene.shown(), view, g.plotWidth(), MIN_GAP_PX);
        lanes(s, g, p);
        axis(s, g, view, zone, p);
        s.clip(g.plotLeft(), TimelineGeometry.LANES_TOP, g.plotWidth(), g.lanesBottom() - TimelineGeometry.LANES_TOP);
        window(s, g, scene.timeline(), view, p);
        disclosures(s, g, scene, view, p);
        marker(s, g, scene.marker(), view, p);
        for (Mark m : marks) {
            mark(s, g, scene, m, marks, p);
        }
        selection(s, g, scene, view, p, selected);
        s.unclip();
        return marks;
    }

    private static void overview(Surface s, TimelineGeometry g, TimelineScene scene, Viewport view, Palette p) {
        double top = TimelineGeometry.OVERVIEW_TOP;
        double h = TimelineGeometry.OVERVIEW_HEIGHT;
        s.fill(p.laneStripe());
        s.fillRect(g.plotLeft(), top, g.plotWidth(), h);
        Histogram hist = scene.overview();
        Viewport all = hist.range();
        scene.timeline().findings().window().ifPresent(w -> {
            double x1 = all.x(EpochMicros.of(w.start()), g.plotWidth());
            double x2 = all.x(EpochMicros.of(w.end()), g.plotWidth());
            s.fill(p.window());
            s.fillRect(g.plotLeft() + x1, top, Math.max(2, x2 - x1), h);
        });
        double binWidth = g.plotWidth() / hist.bins();
        if (hist.max() > 0) {
            for (int bin = 0; bin < hist.bins(); bin++) {
                double y = top + h;
                for (Category c : Category.values()) {
                    int n = hist.counts()[bin][c.ordinal()];
                    if (n == 0) {
                        continue;
                    }
                    // square-root scale: a quiet day next to a busy one still shows
                    double barHeight = (h - 4) * Math.sqrt(n) / Math.sqrt(hist.max());
                    double part = barHeight * n / total(hist.counts()[bin]);
                    s.fill(p.lane(c));
                    s.fillRect(g.plotLeft() + bin * binWidth, y - part, Math.max(1, binWidth - 0.5), part);
                    y -= part;
                }
            }
        }
        double x1 = Math.max(0, all.x(view.start(), g.plotWidth()));
        double x2 = Math.min(g.plotWidth(), all.x(view.end(), g.plotWidth()));
        s.fill(p.visibleRange());
        s.fillRect(g.plotLeft() + x1, top, Math.max(3, x2 - x1), h);
        s.stroke(p.selection());
        s.lineWidth(1.2);
        s.strokeRect(g.plotLeft() + x1, top + 0.5, Math.max(3, x2 - x1), h - 1);
        s.fill(p.mutedText());
        s.font(10, false);
        s.fillText("overview", 8, top + 14);
        s.fillText(String.format("%,d shown", scene.shownCount()), 8, top + 28);
    }

    private static int total(int[] counts) {
        int t = 0;
        for (int c : counts) {
            t += c;
        }
        return Math.max(1, t);
    }

    private static void lanes(Surface s, TimelineGeometry g, Palette p) {
        s.font(11, false);
        for (Category c : Category.values()) {
            double top = g.laneTop(c.ordinal());
            if (c.ordinal() % 2 == 0) {
                s.fill(p.laneStripe());
                s.fillRect(0, top, g.width(), g.laneHeight());
            }
            s.fill(p.lane(c));
            s.fillRect(0, top + 3, 4, g.laneHeight() - 6);
            s.fill(p.text());
            s.fillText(c.label(), 10, g.laneCentre(c.ordinal()) + 4);
        }
    }

    private static void axis(Surface s, TimelineGeometry g, Viewport view, ZoneId zone, Palette p) {
        List<AxisTick> ticks = AxisTicks.of(view, g.plotWidth(), zone, 90);
        double top = TimelineGeometry.AXIS_TOP;
        s.font(10, false);
        s.fill(p.mutedText());
        s.fillText(zone.getId().equals("Z") ? "UTC" : zone.getId(), 10, top + 15);
        for (AxisTick t : ticks) {
            double x = g.plotLeft() + view.x(t.micros(), g.plotWidth());
            s.stroke(t.major() ? p.mutedText().withAlpha(0.5) : p.grid());
            s.lineWidth(1);
            s.strokeLine(x, top + 16, x, g.lanesBottom());
            s.fill(t.major() ? p.text() : p.mutedText());
            s.font(10, t.major());
            s.fillText(t.label(), x + 3, top + 13);
        }
    }

    private static void window(Surface s, TimelineGeometry g, AccountTimeline timeline, Viewport view, Palette p) {
        timeline.findings().window().ifPresent(w -> {
            // clamped: zoomed far in, the band's true ends lie millions of pixels away
            double x1 = clamp(g, g.plotLeft() + view.x(EpochMicros.of(w.start()), g.plotWidth()));
            double x2 = clamp(g, g.plotLeft() + view.x(EpochMicros.of(w.end()), g.plotWidth()));
            s.fill(p.window());
            s.fillRect(x1, TimelineGeometry.LANES_TOP, Math.max(2, x2 - x1), g.lanesBottom() - TimelineGeometry.LANES_TOP);
            s.stroke(p.failure().withAlpha(0.6));
            s.lineWidth(1);
            s.strokeLine(x1, TimelineGeometry.LANES_TOP, x1, g.lanesBottom());
            s.strokeLine(x2, TimelineGeometry.LANES_TOP, x2, g.lanesBottom());
            s.fill(p.failure());
            s.font(10, true);
            String text = "compromise window";
            double right = Math.min(x2, g.plotLeft() + g.plotWidth()) - 4;
            if (right - s.textWidth(text) >= Math.max(x1, g.plotLeft()) + 4) {
                // bottom right inside the band: clear of the marks' rule labels and of the disclosure's label
                s.fillText(text, right - s.textWidth(text), g.lanesBottom() - 6);
            } else {
                label(s, g, text, Math.max(x1, g.plotLeft()), x2, g.lanesBottom() - 6);
            }
        });
    }

    private static void marker(Surface s, TimelineGeometry g, StopMarker marker, Viewport view, Palette p) {
        if (marker == null || !view.contains(marker.micros())) {
            return;
        }
        double x = g.plotLeft() + view.x(marker.micros(), g.plotWidth());
        s.stroke(p.stop());
        s.lineWidth(3);
        s.strokeLine(x, TimelineGeometry.LANES_TOP, x, g.lanesBottom());
        s.fill(p.stop());
        s.fillPolygon(new double[] {x - 6, x + 6, x}, new double[] {TimelineGeometry.LANES_TOP,
            TimelineGeometry.LANES_TOP, TimelineGeometry.LANES_TOP + 8});
        s.font(10, true);
        label(s, g, marker.label(), x, x, TimelineGeometry.LANES_TOP + 26);
    }

    private static double clamp(TimelineGeometry g, double x) {
        return Math.max(g.plotLeft() - 10, Math.min(g.plotLeft() + g.plotWidth() + 10, x));
    }

    private static void disclosures(Surface s, TimelineGeometry g, TimelineScene scene, Viewport view, Palette p) {
        AccountTimeline timeline = scene.timeline();
        for (int i : scene.shownIn(view)) {
            EventFacts e = timeline.entry(i).facts();
            if (!e.is(EventType.DATA_DISCLOSURE)) {
                continue;
            }
            double x = g.plotLeft() + view.x(timeline.micros(i), g.plotWidth());
            s.stroke(p.disclosure());
            s.lineWidth(1.2);
            s.dashes(5, 4);
            s.strokeLine(x, TimelineGeometry.LANES_TOP, x, g.lanesBottom());
            s.dashes();
            s.fill(p.disclosure());
            s.font(10, true);
            label(s, g, disclosureLabel(e.ref(), timeline.findings()), x, x, g.lanesBottom() - 6);
        }
    }

    /**
     * A label for a band or line from {@code x1} to {@code x2}: just right of its start, or just left of it when it would
     * run off the plot, so labels near the right edge stay readable.
     */
    private static void label(Surface s, TimelineGeometry g, String text, double x1, double x2, double y) {
        double w = s.textWidth(text);
        double right = g.plotLeft() + g.plotWidth();
        double x = x1 + 4 + w <= right ? x1 + 4 : Math.max(g.plotLeft() + 2, Math.min(x1, x2) - w - 4);
        s.fillText(text, x, y);
    }

    /** "data disclosed · REQ-0001 (forged)": the disclosure linked to its legal request and how it was verified. */
    public static String disclosureLabel(String ref, TimelineFindings findings) {
        Verification v = findings.verification(ref);
        return "data disclosed" + (ref == null ? "" : " · " + ref)
                + (v == null ? "" : " (" + v.name().toLowerCase(java.util.Locale.ROOT) + ")");
    }

    private static void mark(Surface s, TimelineGeometry g, TimelineScene scene, Mark m, List<Mark> marks,
            Palette p) {
        AccountTimeline timeline = scene.timeline();
        double x = g.plotLeft() + m.x();
        double y = g.laneCentre(m.lane());
        Rgb colour = p.lanes().get(m.lane());
        double halfWidth = SYMBOL / 2 + 1;
        if (m.single()) {
            EventFacts e = timeline.entry(m.first()).facts();
            if (m.unauthorized() > 0) {
                s.fill(p.unauthorized().withAlpha(0.25));
                s.fillOval(x - 10, y - 10, 20, 20);
                s.stroke(p.unauthorized());
                s.lineWidth(1.5);
                s.strokeOval(x - 10, y - 10, 20, 20);
            }
            symbol(s, MarkSymbol.of(e.type()), x, y, e.outcome(), colour, p);
        } else {
            String label = m.count() > 9_999 ? (m.count() / 1000) + "k" : Integer.toString(m.count());
            s.font(10, true);
            double w = Math.max(18, s.textWidth(label) + 8);
            halfWidth = w / 2;
            s.fill(colour);
            s.fillRoundRect(x - w / 2, y - 8, w, 16, 8);
            if (m.unauthorized() > 0 || m.failures() > 0) {
                s.stroke(m.unauthorized() > 0 ? p.unauthorized() : p.failure());
                s.lineWidth(2);
                s.strokeRoundRect(x - w / 2 - 1, y - 9, w + 2, 18, 9);
            }
            s.fill(Rgb.hex("#ffffff"));
            s.fillText(label, x - s.textWidth(label) / 2, y + 4);
        }
        MarkContents contents = MarkContents.of(scene, m);
        // labels go to the right of the mark, rule hits raised: they stay inside the lane however thin it is
        double labelX = x + halfWidth + 4;
        if (!contents.rules().isEmpty()) {
            String label = contents.rules().stream().map(Enum::name).collect(Collectors.joining(" "));
            s.font(9, true);
            s.fill(p.failure());
            s.fillText(label, labelX, y - 2);
            labelX += s.textWidth(label) + 3;
        }
        EventFacts withdrawal = contents.onlyWithdrawal();
        if (withdrawal != null && withdrawal.amount() != null) {
            boolean unauthorized = timeline.findings().unauthorizedWithdrawals().contains(withdrawal.eventId());
            String label = withdrawal.amount().stripTrailingZeros().toPlainString() + " "
                    + (withdrawal.asset() == null ? "" : withdrawal.asset());
            s.font(10, unauthorized);
            if (labelX - x + s.textWidth(label) + 12 < Math.min(roomAfter(m, marks), g.plotWidth() - m.x())) {
                s.fill(unauthorized ? p.unauthorized() : p.text());
                s.fillText(label, labelX, y + 4);
            }
        }
    }

    /** Pixels free to the right of {@code m} in its lane, for a label. */
    private static double roomAfter(Mark m, List<Mark> marks) {
        double room = Double.MAX_VALUE;
        for (Mark other : marks) {
            if (other.lane() == m.lane() && other.x() > m.x()) {
                room = Math.min(room, other.x() - m.x());
            }
        }
        return room;
    }

    private static void symbol(Surface s, MarkSymbol shape, double x, double y, Outcome outcome, Rgb colour,
            Palette p) {
        double r = SYMBOL / 2 + 1;
        // failures and pending are hollow in their own colour: an outcome never reads as another lane
        boolean filled = outcome == Outcome.SUCCESS;
        Rgb c = switch (outcome) {
            case SUCCESS -> colour;
            case FAILURE -> p.failure();
            case PENDING -> p.pending();
        };
        s.fill(c);
        s.stroke(c);
        s.lineWidth(2);
        switch (shape) {
            case CIRCLE -> {
                if (filled) {
                    s.fillOval(x - r, y - r, 2 * r, 2 * r);
                } else {
                    s.strokeOval(x - r, y - r, 2 * r, 2 * r);
                }
            }
            case SQUARE -> {
                if (filled) {
                    s.fillRect(x - r + 1, y - r + 1, 2 * r - 2, 2 * r - 2);
                } else {
                    s.strokeRect(x - r + 1, y - r + 1, 2 * r - 2, 2 * r - 2);
                }
            }
            case DIAMOND -> polygon(s, filled, new double[] {x, x + r, x, x - r}, new double[] {y - r, y, y + r, y});
            case TRIANGLE_UP -> polygon(s, filled, new double[] {x, x + r, x - r},
                    new double[] {y - r, y + r - 1, y + r - 1});
            case TRIANGLE_DOWN -> polygon(s, filled, new double[] {x - r, x + r, x},
                    new double[] {y - r + 1, y - r + 1, y + r});
            case HEXAGON -> polygon(s, filled, regular(x, y, r, 6, 0, 1), regular(x, y, r, 6, 0, 0));
            case STAR -> polygon(s, filled, star(x, y, r, true), star(x, y, r, false));
            case CROSS -> {
                s.strokeLine(x - r, y - r, x + r, y + r);
                s.strokeLine(x - r, y + r, x + r, y - r);
            }
        }
        if (outcome == Outcome.FAILURE) {
            s.lineWidth(1.5);
            s.strokeLine(x - r - 2, y + r + 2, x + r + 2, y - r - 2);
        }
    }

    /** Coordinates (x when {@code wantX} is 1, else y) of a regular polygon around (x, y). */
    private static double[] regular(double x, double y, double r, int corners, double turn, int wantX) {
        double[] c = new double[corners];
        for (int i = 0; i < corners; i++) {
            double a = turn + 2 * Math.PI * i / corners;
            c[i] = wantX == 1 ? x + r * Math.cos(a) : y + r * Math.sin(a);
        }
        return c;
    }

    private static double[] star(double x, double y, double r, boolean wantX) {
        double[] c = new double[10];
        for (int i = 0; i < 10; i++) {
            double radius = i % 2 == 0 ? r + 1 : r * 0.45;
            double a = -Math.PI / 2 + Math.PI * i / 5;
            c[i] = wantX ? x + radius * Math.cos(a) : y + radius * Math.sin(a);
        }
        return c;
    }

    private static void polygon(Surface s, boolean filled, double[] xs, double[] ys) {
        if (filled) {
            s.fillPolygon(xs, ys);
        } else {
            s.strokePolygon(xs, ys);
        }
    }

    private static void selection(Surface s, TimelineGeometry g, TimelineScene scene, Viewport view, Palette p,
            int selected) {
        if (selected < 0 || selected >= scene.timeline().size()) {
            return;
        }
        long at = scene.timeline().micros(selected);
        if (!view.contains(at)) {
            return;
        }
        double x = g.plotLeft() + view.x(at, g.plotWidth());
        double y = g.laneCentre(scene.timeline().laneOrdinal(selected));
        s.stroke(p.selection());
        s.lineWidth(2);
        s.strokeOval(x - 12, y - 12, 24, 24);
        s.stroke(p.selection().withAlpha(0.35));
        s.lineWidth(1);
        s.dashes(2, 3);
        s.strokeLine(x, TimelineGeometry.LANES_TOP, x, g.lanesBottom());
        s.dashes();
    }
}
