package io.ledgerline.importer;

import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.Parameter;
import io.ledgerline.testing.CaseEngine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerline.domain.ImportProblem;
import io.ledgerline.domain.InputRefusedException;
import io.ledgerline.domain.Progress;
import io.ledgerline.store.CaseFile;
import io.ledgerline.store.CaseState;
import io.ledgerline.store.CaseSummaryStore;
import io.ledgerline.testing.BundleBuilder;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The contract's per-file rules for accounts, legal requests and prices, and the refusal's listing cap. */
@ParameterizedClass(name = "{0}")
@EnumSource(CaseEngine.class)
class ContractRulesTest {

    /** Every import rule holds on a case file and on a server case (where rows go in with COPY). */
    @Parameter
    CaseEngine engine;

    @TempDir
    Path dir;
    CaseFile caseFile;
    int bundles;

    @BeforeEach
    void open() {
        caseFile = engine.create(dir);
    }

    @AfterEach
    void close() {
        caseFile.close();
    }

    private Path bundle(BundleBuilder builder) {
        return builder.writeFolder(dir.resolve("b" + (++bundles)));
    }

    private ImportReport importStrict(BundleBuilder builder) {
        return new ImportService().importBundle(bundle(builder), caseFile, ImportOptions.STRICT, Progress.NONE);
    }

    private InputRefusedException refused(BundleBuilder builder) {
        return Refusals.refusedLeavingCaseUnchanged(caseFile, () -> importStrict(builder));
    }

    private static void assertListed(InputRefusedException e, String expected) {
        List<ImportProblem> problems = e.problems();
        assertTrue(problems.stream().anyMatch(p -> p.toString().contains(expected)),
                "expected <" + expected + "> in " + problems);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ACC-3,,4,DE,active|accounts.csv:2: kyc_level: \"4\" is not a KYC level from 0 to 3",
        "ACC-3,,1,Germany,active|accounts.csv:2: country: \"Germany\" is not an ISO 3166-1 alpha-2 country code",
        "ACC-3,,1,DE,suspended|accounts.csv:2: status: \"suspended\" is not one of active, frozen, closed",
        "ACC-3,2024-01-05 10:00,1,DE,active|accounts.csv:2: opened_at: \"2024-01-05 10:00\" has no offset",
        ",,1,DE,active|accounts.csv:2: account_id: is required",
    })
    void refusesInvalidAccountFields(String row, String expected) {
        String accounts = "account_id,opened_at,kyc_level,country,status\n" + row + "\n";
        assertListed(refused(BundleBuilder.valid().file("accounts.csv", accounts + "ACC-1,,,,\nACC-2,,,,\n")
                .declaredRows("accounts.csv", 3)), expected);
    }

    @Test
    void refusesAnAccountIdRepeatedInOneFile() {
        String accounts = "account_id\nACC-1\nACC-2\nACC-1\n";
        assertListed(refused(BundleBuilder.valid().file("accounts.csv", accounts)),
                "accounts.csv:4: account_id: \"ACC-1\" repeats line 2 of this file");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "LR-1,2024-05-29T08:00:00Z,ACC-1,,doubtful|legal_requests.csv:2: verification: \"doubtful\" is not one of",
        "LR-1,2024-05-29T08:00:00Z,ACC-1;;ACC-2,,forged|legal_requests.csv:2: account_ids: \"ACC-1;;ACC-2\" has an "
            + "empty entry",
        "LR-1,,ACC-1,,forged|legal_requests.csv:2: received_at: is required",
        "LR-1,2024-05-29T08:00:00Z,,,forged|legal_requests.csv:2: account_ids: is required",
        "LR-1,2024-05-29T08:00:00Z,ACC-1,yesterday,forged|legal_requests.csv:2: disclosed_at: \"yesterday\" is not an "
            + "RFC 3339 timestamp",
    })
    void refusesInvalidLegalRequests(String row, String expected) {
        String legal = "request_id,received_at,account_ids,disclosed_at,verification\n" + row + "\n";
        assertListed(refused(BundleBuilder.valid().file("legal_requests.csv", legal)), expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "BTC,2024-05-30T14:00:00Z,-67000|prices.csv:2: usd: \"-67000\" is negative",
        "BTC,2024-05-30T14:00:00,67000|prices.csv:2: at: \"2024-05-30T14:00:00\" has no offset",
        ",2024-05-30T14:00:00Z,67000|prices.csv:2: asset: is required",
    })
    void refusesInvalidPrices(String row, String expected) {
        assertListed(refused(BundleBuilder.valid().file("prices.csv", "asset,at,usd\n" + row + "\n")), expected);
    }

    @Test
    void refusesTwoDifferentPricesForOneAssetAndInstant() {
        String prices = "asset,at,usd\nBTC,2024-05-30T14:00:00Z,67000\nBTC,2024-05-30T16:00:00+02:00,68000\n";
        assertListed(refused(BundleBuilder.valid().file("prices.csv", prices)), "prices.csv:3: asset, at:");
    }

    @Test
    void acceptsEventsOfAnAccountFromAnEarlierImport() {
        importStrict(BundleBuilder.valid());
        String events = BundleBuilder.EVENTS_HEADER + "E10,ACC-2,2024-06-02T08:00:00Z,LOGOUT,,,,,,,,,\n";
        String accounts = "account_id\nACC-3\n";
        ImportReport second = importStrict(BundleBuilder.valid().file("accounts.csv", accounts)
                .file("events.csv", events).without("prices.csv").without("legal_requests.csv"));
        assertEquals(2, second.rowsImported());
        assertEquals(4, new CaseSummaryStore(caseFile).summary().events());
    }

    @Test
    void anEmptyOutcomeMeansSuccess() {
        importStrict(BundleBuilder.valid().file("events.csv",
                BundleBuilder.EVENTS_HEADER + "E1,ACC-1,2024-05-30T14:00:00Z,LOGIN,,,,,,,,,\n"));
        assertEquals("success", CaseState.eventColumn(caseFile, "E1", "outcome"));
        assertEquals(null, CaseState.eventColumn(caseFile, "E1", "ip"), "an empty field is an absent value");
    }

    @Test
    void listsTheFirst200ProblemsAndCountsTheRest() {
        StringBuilder events = new StringBuilder(BundleBuilder.EVENTS_HEADER);
        for (int i = 0; i < 250; i++) {
            events.append("E").append(i).append(",ACC-1,not-a-time,LOGIN,,,,,,,,,\n");
        }
        InputRefusedException e = refused(BundleBuilder.valid().file("events.csv", events.toString()));
        assertEquals(200, e.problems().size());
        assertEquals(50, e.moreProblems());
        assertTrue(e.getMessage().contains("250 problems"), e.getMessage());
    }

    @Test
    void aRefusalListsRowProblemsRepeatsAndConflictsTogether() {
        importStrict(BundleBuilder.valid());
        String events = BundleBuilder.EVENTS_HEADER
                + "E20,ACC-1,2024-05-30 14:00,LOGIN,,,,,,,,,\n"
                + "E21,ACC-1,2024-05-30T14:00:00Z,LOGIN,,,,,,,,,\n"
                + "E21,ACC-1,2024-05-30T14:00:00Z,LOGIN,,,,,,,,,\n"
                + "E1,ACC-1,2024-05-30T14:00:00Z,LOGOUT,,,,,,,,,\n";
        InputRefusedException e = refused(BundleBuilder.valid().file("events.csv", events));
        assertListed(e, "events.csv:2: occurred_at:");
        assertListed(e, "events.csv:4: event_id: \"E21\" repeats line 3 of this file");
        assertListed(e, "events.csv:5: event_id: \"E1\" is already in the case with different content");
    }

    @Test
    void refusesAHeaderWithoutARequiredColumnEvenWithNoRows() {
        InputRefusedException e = refused(BundleBuilder.valid().file("events.csv", "foo,bar\n"));
        assertListed(e, "events.csv:1: event_id: is required but missing from the header row");
        assertListed(e, "events.csv:1: occurred_at: is required but missing from the header row");
        assertListed(refused(BundleBuilder.valid().file("events.csv", "").declaredRows("events.csv", 0)),
                "events.csv:1: event_id: is required");
    }

    @Test
    void refusesAnyUnlistedFileButFileSystemLitter() {
        assertListed(refused(BundleBuilder.valid().unlistedFile("events.ndjson", "{}\n")),
                "events.ndjson: is in the bundle but not listed in manifest.json");
        assertListed(refused(BundleBuilder.valid().unlistedFile("notes", "x\n")),
                "notes: is in the bundle but not listed in manifest.json");
        ImportReport report = importStrict(BundleBuilder.valid().unlistedFile(".DS_Store", "x"));
        assertTrue(report.notes().stream().anyMatch(n -> n.startsWith(".DS_Store is file-system metadata")),
                report.notes().toString());
    }

    @Test
    void aNewFileIsRecordedEvenWhenItAddsNoRow() {
        importStrict(BundleBuilder.valid());
        ImportReport second = importStrict(BundleBuilder.valid().file("events.csv", BundleBuilder.EVENTS_HEADER));
        assertTrue(!second.changedNothing(), "a new (header-only) events file has a custody record");
        var files = new CaseSummaryStore(caseFile).summary().imports().get(1).files();
        assertEquals(1, files.size(), files.toString());
        assertEquals("events.csv", files.get(0).fileName());
        assertEquals(0, files.get(0).rows());
    }

    @Test
    void keepsTheAccountIdsFieldAsSent() {
        String legal = "request_id,received_at,account_ids,verification\nLR-9,2024-05-29T08:00:00Z,ACC-1; ACC-2 ,forged\n";
        importStrict(BundleBuilder.valid().file("legal_requests.csv", legal));
        assertEquals("ACC-1; ACC-2 ", CaseState.legalRequestAccountIds(caseFile, "LR-9"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ACC-3,2024-01-05T10:00:00Z,2,D\"E,active|accounts.csv:4: field 4: a quote inside an unquoted field",
        "ACC-3,2024-01-05T10:00:00Z,2,\"DE\"x,active|accounts.csv:4: field 4: text after its closing quote"})
    void refusesQuotesThatBreakRfc4180InsteadOfGuessing(String row, String expected) {
        assertListed(refused(BundleBuilder.valid().file("accounts.csv", BundleBuilder.ACCOUNTS + row + "\n")
                .declaredRows("accounts.csv", 3)), expected);
    }

    @Test
    void refusesAHeaderWithAnUnclosedQuoteAsAnInputProblem() {
        assertListed(refused(BundleBuilder.valid().file("accounts.csv", "\"account_id,country\nACC-1,DE\n")
                .declaredRows("accounts.csv", 1)), "accounts.csv:1: bad header row");
    }

    @Test
    void aRowCountMismatchIsListedBesideOtherFilesProblems() {
        InputRefusedException e = refused(BundleBuilder.valid()
                .file("accounts.csv", "account_id,kyc_level\nACC-1,9\nACC-2,1\n")
                .declaredRows("events.csv", 5));
        assertListed(e, "accounts.csv:2: kyc_level:");
        assertListed(e, "events.csv: holds 3 data rows, but manifest.json says 5");
    }

    @Test
    void aQuarantinedRepeatOfALegalRequestLinksNoAccount() {
        String legal = "request_id,received_at,account_ids,verification\n"
                + "LR-7,2024-05-29T08:00:00Z,ACC-1,forged\n"
                + "LR-7,2024-05-29T08:00:00Z,ACC-2,forged\n";
        new ImportService().importBundle(bundle(BundleBuilder.valid().file("legal_requests.csv", legal)), caseFile,
                ImportOptions.LENIENT, Progress.NONE);
        assertEquals(List.of("ACC-1"), CaseState.accountsOfRequest(caseFile, "LR-7"));
    }

    @Test
    void refusesLoneCarriageReturnLineEnds() {
        String accounts = "account_id\rACC-1\rACC-2\r";
        assertListed(refused(BundleBuilder.valid().file("accounts.csv", accounts).declaredRows("accounts.csv", 2)),
                "accounts.csv:1: lines end with a lone CR");
    }
}
