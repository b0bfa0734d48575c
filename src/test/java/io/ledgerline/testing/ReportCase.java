package io.ledgerline.testing;

import io.ledgerline.domain.InputRefusedException;
import io.ledgerline.domain.Progress;
import io.ledgerline.importer.ImportOptions;
import io.ledgerline.importer.ImportService;
import io.ledgerline.store.CaseFile;
import java.nio.file.Path;
import java.util.List;

/**
 * A tiny imported case for report tests, with hostile text in every kind of text field a workbook shows. ACC-1: data
 * disclosed under forged request LR-1, then a password change, a fresh address and a withdrawal to it (E4: 0.5 BTC +
 * 0.0005 fee at USD 60000 = 30030), and a withdrawal to an old address (E5, not flagged). ACC-2: a phone change from
 * device "@SUM(1)", a fresh address and a withdrawal of 2 ETH + 0.01 fee at USD 3000.125 = 6030.25125. ACC-3 is
 * untouched.
 */
public final class ReportCase {

    /** Text values a spreadsheet would run as formulas or DDE if they became formulas (OWASP CSV injection). */
    public static final List<String> INJECTIONS = List.of("=cmd|' /C calc'!A0", "+1", "-1", "@SUM(1)", "\tTAB",
            "\rCR");

    static final String ACCOUNTS = "account_id,opened_at,kyc_level,country,email_masked,phone_masked,status\n"
            + "ACC-1,2024-01-05T10:00:00Z,2,DE,\"=cmd|' /C calc'!A0\",+1,active\n"
            + "ACC-2,2024-02-01T09:30:00Z,1,FR,-1,\"\tTAB\",active\n"
            + "ACC-3,2024-02-01T09:30:00Z,1,NL,a***@mail.com,+31 *** ***12,active\n";
    static final String EVENTS = BundleBuilder.EVENTS_HEADER
            + "E0,ACC-1,2024-05-12T08:00:00Z,DATA_DISCLOSURE,success,,,,,,,LR-1,\n"
            + "E1,ACC-1,2024-05-01T00:00:00Z,ADDRESS_ADDED,success,10.0.0.1,dev-a,,,,known,,\n"
            + "E2,ACC-1,2024-05-20T10:00:00Z,PASSWORD_CHANGE,success,10.0.0.9,dev-x,,,,,,\n"
            + "E3,ACC-1,2024-05-20T10:30:00Z,ADDRESS_ADDED,success,10.0.0.9,dev-x,,,,drop,,\n"
            + "E4,ACC-1,2024-05-20T11:30:00Z,WITHDRAWAL,success,10.0.0.9,dev-x,BTC,0.5,0.0005,drop,,\n"
            + "E5,ACC-1,2024-05-20T12:00:00Z,WITHDRAWAL,success,10.0.0.9,dev-x,BTC,0.25,0.0001,known,,\n"
            + "E6,ACC-2,2024-05-21T06:00:00Z,PHONE_CHANGE,success,10.0.0.9,@SUM(1),,,,,,\n"
            + "E7,ACC-2,2024-05-21T06:30:00Z,ADDRESS_ADDED,success,10.0.0.9,@SUM(1),,,,\"=cmd|' /C calc'!A0\",,\n"
            + "E8,ACC-2,2024-05-21T07:00:00Z,WITHDRAWAL,success,10.0.0.9,@SUM(1),ETH,2,0.01,"
            + "\"=cmd|' /C calc'!A0\",,\n"
            + "E9,ACC-3,2024-05-22T07:00:00Z,LOGIN,success,10.0.0.3,dev-c,,,,,,\n";
    static final String PRICES = "asset,at,usd\nBTC,2024-05-01T00:00:00Z,60000\nETH,2024-05-21T00:00:00Z,3000.125\n";
    static final String LEGAL = "request_id,received_at,agency,jurisdiction,document_ref,requested_data,account_ids,"
            + "disclosed_at,verification,notes\n"
            + "LR-1,2024-05-10T08:00:00Z,\"\rCR\",-1,@SUM(1),\"identity, phone\",ACC-1;ACC-2,2024-05-12T08:00:00Z,"
            + "forged,\"=cmd|' /C calc'!A0\"\n";

    private ReportCase() {
    }

    /** The investigator who imports the case: her profile is {@code dir/profiles/alice}. */
    public static final String IMPORTER = "alice";

    /**
     * Writes the bundle under {@code dir}, imports it into {@code dir/report.ledgerline} as {@link #IMPORTER} (so the
     * import is in the audit trail, as every import from the app or the CLI is) and returns that path.
     */
    public static Path create(Path dir) {
        Path bundle = BundleBuilder.valid().file("accounts.csv", ACCOUNTS).file("events.csv", EVENTS)
                .file("prices.csv", PRICES).file("legal_requests.csv", LEGAL)
                .declaredRows("legal_requests.csv", 1).writeFolder(dir.resolve("bundle"));
        Path path = dir.resolve("report.ledgerline");
        try (CaseFile c = CaseFile.create(path)) {
            new ImportService().importBundle(bundle, Investigators.trail(c, dir, IMPORTER), ImportOptions.STRICT,
                    Progress.NONE);
        } catch (InputRefusedException e) {
            throw new AssertionError(e.getMessage() + "\n" + e.problemLines(), e);
        }
        return path;
    }
}
