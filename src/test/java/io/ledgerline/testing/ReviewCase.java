package io.ledgerline.testing;

import io.ledgerline.domain.Progress;
import io.ledgerline.importer.ImportOptions;
import io.ledgerline.importer.ImportService;
import io.ledgerline.store.CaseFile;
import io.ledgerline.store.CaseLocation;
import io.ledgerline.store.PasswordPrompt;
import java.nio.file.Path;

/**
 * A tiny imported case for review tests. ACC-1: a password change, a fresh address 30 min later and a withdrawal to it
 * 1 h after that (E4, flagged: 0.5005 BTC = USD 30030), then a withdrawal to an old address (E5, not flagged: 0.2501
 * BTC = USD 15006). ACC-2 has one withdrawal (E6, 1 BTC = USD 60000). With a fresh-address age of 30 min, E4 is no
 * longer to a fresh address and ACC-1 is not suspected.
 */
public final class ReviewCase {

    static final String EVENTS = BundleBuilder.EVENTS_HEADER
            + "E1,ACC-1,2024-05-01T00:00:00Z,ADDRESS_ADDED,success,10.0.0.1,dev-a,,,,known,,\n"
            + "E2,ACC-1,2024-05-20T10:00:00Z,PASSWORD_CHANGE,success,10.0.0.9,dev-x,,,,,,\n"
            + "E3,ACC-1,2024-05-20T10:30:00Z,ADDRESS_ADDED,success,10.0.0.9,dev-x,,,,drop,,\n"
            + "E4,ACC-1,2024-05-20T11:30:00Z,WITHDRAWAL,success,10.0.0.9,dev-x,BTC,0.5,0.0005,drop,,\n"
            + "E5,ACC-1,2024-05-20T12:00:00Z,WITHDRAWAL,success,10.0.0.9,dev-x,BTC,0.25,0.0001,known,,\n"
            + "E6,ACC-2,2024-05-21T08:00:00Z,WITHDRAWAL,success,10.0.0.2,dev-b,BTC,1,,elsewhere,,\n";
    static final String PRICES = "asset,at,usd\nBTC,2024-05-01T00:00:00Z,60000\n";

    private ReviewCase() {
    }

    /**
     * As {@link #create}, imported by {@code investigator} (profile under {@code dir}), so the import and its evidence
     * seals are in the case's audit trail, as every import made from the app or the CLI is.
     */
    public static Path createAs(Path dir, String investigator) {
        return ((CaseLocation.File) createAs(dir, investigator, CaseEngine.SQLITE)).path();
    }

    /** As {@link #createAs(Path, String)}, on either engine. */
    public static CaseLocation createAs(Path dir, String investigator, CaseEngine engine) {
        Path bundle = BundleBuilder.valid().file("events.csv", EVENTS).file("prices.csv", PRICES)
                .writeFolder(dir.resolve("bundle"));
        CaseLocation location = location(dir, engine);
        try (CaseFile c = CaseFile.create(location, PasswordPrompt.NONE)) {
            new ImportService().importBundle(bundle, Investigators.trail(c, dir, investigator), ImportOptions.STRICT,
                    Progress.NONE);
        }
        return location;
    }

    /** Writes the bundle under {@code dir}, imports it into {@code dir/tiny.ledgerline} and returns that path. */
    public static Path create(Path dir) {
        return ((CaseLocation.File) create(dir, CaseEngine.SQLITE)).path();
    }

    /** As {@link #create(Path)}, on either engine. */
    public static CaseLocation create(Path dir, CaseEngine engine) {
        Path bundle = BundleBuilder.valid().file("events.csv", EVENTS).file("prices.csv", PRICES)
                .writeFolder(dir.resolve("bundle"));
        CaseLocation location = location(dir, engine);
        try (CaseFile c = CaseFile.create(location, PasswordPrompt.NONE)) {
            new ImportService().importBundle(bundle, c, ImportOptions.STRICT, Progress.NONE);
        }
        return location;
    }

    private static CaseLocation location(Path dir, CaseEngine engine) {
        return engine == CaseEngine.SQLITE ? new CaseLocation.File(dir.resolve("tiny.ledgerline"))
                : engine.newLocation(dir);
    }
}
