package io.ledgerline.cli;

import io.ledgerline.domain.Progress;
import io.ledgerline.store.CaseFile;
import io.ledgerline.timeline.Palette;
import io.ledgerline.timeline.TimelineLoader;
import io.ledgerline.timeline.TimelinePng;
import io.ledgerline.timeline.TimelineScene;
import io.ledgerline.timeline.Viewport;
import java.io.IOException;
import io.ledgerline.domain.LedgerlineException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "timeline-png", mixinStandardHelpOptions = true,
        description = "Draw an account's timeline (every event, or its compromise window with --window) as a PNG, "
                + "headless, exactly as the app shows it: lanes by category, the compromise window, rule hits, "
                + "unauthorized withdrawals and disclosures.")
final class TimelinePngCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CaseArgument caseArgument;

    @Mixin
    PlaybookOptions playbook;

    @Option(names = "--account", required = true, paramLabel = "ID", description = "The account to draw.")
    String account;

    @Parameters(index = "1", paramLabel = "OUT.png", description = "The picture to write (replaced if present).")
    Path out;

    @Option(names = "--window", description = "Zoom to the account's compromise window (all events when it has none).")
    boolean window;

    @Option(names = "--width", paramLabel = "PX", defaultValue = "" + TimelinePng.DEFAULT_WIDTH,
            description = "Width in pixels (default ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--height", paramLabel = "PX", defaultValue = "" + TimelinePng.DEFAULT_HEIGHT,
            description = "Height in pixels (default ${DEFAULT-VALUE}).")
    int height;

    @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "UTC",
            description = "Time zone of the axis, e.g. Europe/Berlin (default ${DEFAULT-VALUE}).")
    String zone;

    @Option(names = "--dark", description = "Dark colours.")
    boolean dark;

    @Override
    public Integer call() {
        if (width < 400 || height < 240 || width > 10_000 || height > 10_000) {
            throw new ParameterException(spec.commandLine(),
                    "--width must be 400 to 10000 and --height 240 to 10000 pixels.");
        }
        ZoneId zoneId = zone();
        try (CaseFile caseFile = caseArgument.open()) {
            TimelineScene scene = new TimelineLoader(caseFile).loadReviewed(account, playbook.settings(),
                    Progress.NONE);
            Viewport view = window ? scene.timeline().fitWindow() : scene.timeline().fitAll();
            byte[] png = TimelinePng.render(scene, view, zoneId, dark ? Palette.DARK : Palette.LIGHT, width, height);
            Files.write(out, png);
            spec.commandLine().getOut().printf("%s: %,d events of %s%s%n", out, scene.shownCount(), account,
                    window && scene.timeline().findings().window().isPresent() ? ", zoomed to its compromise window"
                            : "");
        } catch (IOException e) {
            throw new LedgerlineException("Could not write " + out + ": " + e.getMessage(), e);
        }
        return LedgerlineCli.OK;
    }

    private ZoneId zone() {
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new ParameterException(spec.commandLine(), "--zone: unknown time zone '" + zone
                    + "'; use UTC or a region such as Europe/Berlin.");
        }
    }
}
