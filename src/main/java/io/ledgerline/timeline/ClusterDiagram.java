package io.ledgerline.timeline;

import io.ledgerline.analysis.SharedIndicator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A cluster of linked accounts as a picture: its accounts on the left, the devices, ips and addresses they share on
 * the right, a line for each use. Drawn on a {@link Surface}, so the window and a report show the same diagram.
 */
public final class ClusterDiagram {

    /** An account box: its id and one line under it (window, loss, review). */
    public record Member(String accountId, String subtitle) {
    }

    static final double ROW = 46;
    static final double TOP = 34;

    private ClusterDiagram() {
    }

    /** The height the diagram needs to show every row. */
    public static double height(int accounts, int indicators) {
        return TOP + Math.max(accounts, indicators) * ROW + 16;
    }

    public static void paint(Surface s, double width, double height, String title, List<Member> accounts,
            List<SharedIndicator> shared, Palette p) {
        s.fill(p.background());
        s.fillRect(0, 0, width, height);
        s.fill(p.text());
        s.font(13, true);
        s.fillText(title, 12, 20);
        double boxWidth = Math.min(300, width * 0.32);
        double leftX = 12;
        double rightX = width - boxWidth - 12;
        Map<String, Double> accountY = new HashMap<>();
        // the shorter column is centred against the longer one
        double accountsTop = TOP + (Math.max(accounts.size(), shared.size()) - accounts.size()) * ROW / 2;
        double indicatorsTop = TOP + (Math.max(accounts.size(), shared.size()) - shared.size()) * ROW / 2;
        for (int i = 0; i < accounts.size(); i++) {
            accountY.put(accounts.get(i).accountId(), accountsTop + i * ROW + 18);
        }
        s.lineWidth(1.4);
        for (int j = 0; j < shared.size(); j++) {
            SharedIndicator indicator = shared.get(j);
            double y = indicatorsTop + j * ROW + 18;
            for (String account : indicator.accounts()) {
                Double ay = accountY.get(account);
                if (ay != null) {
                    s.stroke(kindColour(indicator.kind(), p).withAlpha(0.7));
                    s.strokeLine(leftX + boxWidth, ay, rightX, y);
                }
            }
        }
        for (int i = 0; i < accounts.size(); i++) {
            Member m = accounts.get(i);
            double y = accountY.get(m.accountId()) - 18;
            box(s, leftX, y, boxWidth, p.failure(), p);
            s.fill(p.text());
            s.font(12, true);
            s.fillText(m.accountId(), leftX + 10, y + 16);
            s.fill(p.mutedText());
            s.font(10, false);
            s.fillText(m.subtitle(), leftX + 10, y + 30);
        }
        for (int j = 0; j < shared.size(); j++) {
            SharedIndicator indicator = shared.get(j);
            double y = indicatorsTop + j * ROW;
            box(s, rightX, y, boxWidth, kindColour(indicator.kind(), p), p);
            s.fill(kindColour(indicator.kind(), p));
            s.font(10, true);
            s.fillText(indicator.kind().toUpperCase(java.util.Locale.ROOT), rightX + 10, y + 14);
            s.fill(p.text());
            s.font(11, false);
            s.fillText(shorten(s, indicator.value(), boxWidth - 20), rightX + 10, y + 29);
            s.fill(p.mutedText());
            s.font(10, false);
            s.fillText(indicator.accounts().size() + " accounts", rightX + boxWidth - 70, y + 14);
        }
        if (shared.isEmpty()) {
            s.fill(p.mutedText());
            s.font(11, false);
            s.fillText("This account shares no device, ip or address with another compromised account.",
                    rightX - 120, TOP + 18);
        }
    }

    private static void box(Surface s, double x, double y, double w, Rgb accent, Palette p) {
        s.fill(p.laneStripe());
        s.fillRoundRect(x, y, w, ROW - 10, 8);
        s.stroke(p.grid());
        s.lineWidth(1);
        s.strokeRoundRect(x, y, w, ROW - 10, 8);
        s.fill(accent);
        s.fillRect(x, y + 4, 3, ROW - 18);
    }

    /** Devices, ips and addresses each in a colour of the timeline's lanes they come from. */
    static Rgb kindColour(String kind, Palette p) {
        return switch (kind) {
            case "device" -> p.lane(io.ledgerline.domain.Category.ACCESS);
            case "ip" -> p.lane(io.ledgerline.domain.Category.CREDENTIALS);
            default -> p.lane(io.ledgerline.domain.Category.ADDRESS_BOOK);
        };
    }

    private static String shorten(Surface s, String text, double width) {
        if (s.textWidth(text) <= width) {
            return text;
        }
        String t = text;
        while (t.length() > 4 && s.textWidth(t + "…") > width) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "…";
    }
}
