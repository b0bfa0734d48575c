package io.ledgerline.bench;

import io.ledgerline.analysis.PlaybookSettings;
import io.ledgerline.domain.Progress;
import io.ledgerline.importer.ImportOptions;
import io.ledgerline.importer.ImportService;
import io.ledgerline.store.CaseFile;
import io.ledgerline.timeline.Palette;
import io.ledgerline.timeline.TimelineLoader;
import io.ledgerline.timeline.TimelinePng;
import io.ledgerline.timeline.TimelineScene;
import io.ledgerline.timeline.Viewport;
import io.ledgerline.timeline.TimelineFrames;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/**
 * Issue #5's timeline benchmark: one account with 100,000 events over two years. First paint = selection to the first
 * frame drawn (lean read of the account's events, rule marks, index, overview, layout and paint); frame = layout and
 * paint of one pan or zoom step. Targets: first paint at most 300 ms, every frame at most 16 ms. Frames are painted
 * headless into a Java2D image at 1600 x 600: it rasterises in the call, where JavaFX's canvas only records commands
 * for its render thread, so these figures are an upper bound for the window.
 */
public final class TimelineBenchmark {

    static final int EVENTS = 100_000;
    static final String ACCOUNT = "ACC-BIG";
    private static final int WIDTH = 1600;
    private static final int HEIGHT = 600;

    private TimelineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : "target/bench");
        Path caseFile = work.resolve("timeline-100k" + CaseFile.EXTENSION);
        if (!Files.exists(caseFile)) {
            Path bundle = writeBundle(work.resolve("bundle-timeline-100k"));
            try (CaseFile c = CaseFile.create(caseFile)) {
                new ImportService().importBundle(bundle, c, ImportOptions.STRICT, Progress.NONE);
            }
        }
        try (CaseFile c = CaseFile.open(caseFile)) {
            for (int warm = 0; warm < 3; warm++) {
                firstPaint(c);
            }
            double[] first = new double[5];
            TimelineScene scene = null;
            for (int run = 0; run < first.length; run++) {
                long start = System.nanoTime();
                scene = firstPaint(c);
                first[run] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(first);
            System.out.printf("timeline first paint (100k events, selection to first frame): median %.1f ms, "
                    + "max %.1f ms (target <= 300 ms, ratio %.2f)%n", first[2], first[4], first[2] / 300);
            frames(scene);
        }
    }

    private static TimelineScene firstPaint(CaseFile c) {
        TimelineScene scene = new TimelineLoader(c).load(ACCOUNT, null, PlaybookSettings.defaults());
        TimelineFrames.paintInto(scene, scene.timeline().fitAll(), WIDTH, HEIGHT);
        return scene;
    }

    /** Pans and zooms through every scale, from all 100k events in view down to single seconds. */
    private static void frames(TimelineScene scene) {
        TimelineFrames frames = new TimelineFrames(scene, WIDTH, HEIGHT, ZoneOffset.UTC, Palette.LIGHT);
        List<Viewport> steps = new ArrayList<>();
        Viewport v = scene.timeline().fitAll();
        for (int i = 0; i < 60; i++) {
            steps.add(v);
            v = i % 3 == 2 ? v.zoom(1 / 1.25, v.start() + v.span() / 3) : v.panBy(0.05);
        }
        for (int warm = 0; warm < 3; warm++) {
            steps.forEach(frames::paint);
        }
        double[] ms = new double[steps.size()];
        for (int i = 0; i < steps.size(); i++) {
            long start = System.nanoTime();
            frames.paint(steps.get(i));
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        System.out.printf("timeline pan/zoom frames (%d steps from %,d events in view to seconds): median %.2f ms, "
                + "p95 %.2f ms, max %.2f ms (target <= 16 ms each, ratio of max %.2f)%n", ms.length,
                scene.shownIn(steps.get(0)).length, sorted[ms.length / 2], sorted[(int) (ms.length * 0.95)],
                sorted[ms.length - 1], sorted[ms.length - 1] / 16);
        System.out.printf("PNG of the whole account: %,d bytes%n", TimelinePng.render(scene, scene.timeline().fitAll(),
                ZoneOffset.UTC, Palette.LIGHT, WIDTH, HEIGHT).length);
    }

    /** A bundle with one account of {@value #EVENTS} events (logins, trades, deposits, withdrawals, some failures). */
    static Path writeBundle(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("accounts.csv"), "account_id,opened_at,kyc_level,country,status\n"
                + ACCOUNT + ",2022-01-01T00:00:00Z,2,DE,active\n");
        String[] types = {"LOGIN", "LOGIN", "LOGIN", "TRADE", "TRADE", "DEPOSIT", "LOGOUT", "WITHDRAWAL_REQUEST",
            "WITHDRAWAL", "API_KEY_CREATED", "FACE_VERIFICATION", "SUPPORT_CONTACT", "LOGIN_FAILED"};
        Random random = new Random(5);
        Instant t = Instant.parse("2022-01-01T00:00:00Z");
        long stepSeconds = Duration.ofDays(730).toSeconds() / EVENTS;
        try (Writer out = Files.newBufferedWriter(dir.resolve("events.csv"), StandardCharsets.UTF_8)) {
            out.write("event_id,account_id,occurred_at,type,outcome,ip,device_id,asset,amount,fee,address,ref,details\n");
            for (int i = 0; i < EVENTS; i++) {
                t = t.plusSeconds(1 + random.nextInt((int) (2 * stepSeconds)));
                String type = types[random.nextInt(types.length)];
                String outcome = type.equals("LOGIN_FAILED") || random.nextInt(40) == 0 ? "failure" : "success";
                boolean money = type.startsWith("WITHDRAWAL") || type.equals("DEPOSIT") || type.equals("TRADE");
                out.write(String.format("E%07d,%s,%s,%s,%s,10.0.%d.%d,dev-%d,%s,%s,,%s,,%n", i, ACCOUNT, t, type,
                        outcome, random.nextInt(4), random.nextInt(250), random.nextInt(3), money ? "BTC" : "",
                        money ? "0." + (1 + random.nextInt(99_999)) : "", money ? "bc1q" + random.nextInt(20) : ""));
            }
        }
        String manifest = "{\n  \"format\": \"ledgerline-case/1\",\n  \"case_id\": \"BENCH-TIMELINE\",\n"
                + "  \"title\": \"one account, 100k events\",\n  \"exported_at\": \"2024-06-01T00:00:00Z\",\n"
                + "  \"files\": [\n" + entry(dir, "accounts.csv", 1) + ",\n" + entry(dir, "events.csv", EVENTS)
                + "\n  ]\n}\n";
        Files.writeString(dir.resolve("manifest.json"), manifest);
        return dir;
    }

    private static String entry(Path dir, String name, long rows) throws IOException {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(dir.resolve(name)));
            return String.format("    {\"name\": \"%s\", \"sha256\": \"%s\", \"rows\": %d}", name,
                    HexFormat.of().formatHex(hash), rows);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
