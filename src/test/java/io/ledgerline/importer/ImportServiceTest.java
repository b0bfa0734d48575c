package io.ledgerline.importer;

import io.ledgerline.audit.VerifyService;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.Parameter;
import io.ledgerline.testing.CaseEngine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerline.domain.ImportProblem;
import io.ledgerline.domain.InputRefusedException;
import io.ledgerline.domain.Progress;
import io.ledgerline.store.AccountStore;
import io.ledgerline.store.CaseFile;
import io.ledgerline.store.CaseState;
import io.ledgerline.store.CaseSummaryStore;
import io.ledgerline.store.StoredEvent;
import io.ledgerline.testing.BundleBuilder;
import io.ledgerline.testing.CancelledProgress;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@ParameterizedClass(name = "{0}")
@EnumSource(CaseEngine.class)
class ImportServiceTest {

    /** Every import rule holds on a case file and on a server case (where rows go in with COPY). */
    @Parameter
    CaseEngine engine;

    @TempDir
    Path dir;
    CaseFile caseFile;
    final ImportService importer = new ImportService();

    @BeforeEach
    void openCase() {
        caseFile = engine.create(dir);
    }

    @AfterEach
    void closeCase() {
        caseFile.close();
    }

    private ImportReport importStrict(Path bundle) {
        return importer.importBundle(bundle, caseFile, ImportOptions.STRICT, Progress.NONE);
    }

    /** Imports expecting a refusal; asserts that the case is exactly as before, and returns the problems. */
    private List<ImportProblem> refused(Path bundle, ImportOptions options) {
        return Refusals.refusedLeavingCaseUnchanged(caseFile,
                () -> importer.importBundle(bundle, caseFile, options, Progress.NONE)).problems();
    }

    private List<ImportProblem> refused(Path bundle) {
        return refused(bundle, ImportOptions.STRICT);
    }

    private static void assertProblem(List<ImportProblem> problems, String expected) {
        assertTrue(problems.stream().anyMatch(p -> p.toString().contains(expected)),
                "expected a problem containing <" + expected + "> in " + problems);
    }

    @Test
    void importsAValidBundleWithItsCustodyRecord() {
        ImportReport report = importStrict(BundleBuilder.valid().writeFolder(dir.resolve("b")));
        assertNotNull(report.importId());
        assertEquals(3 + 2 + 1 + 1, report.rowsImported());
        var summary = new CaseSummaryStore(caseFile).summary();
        assertEquals(2, summary.accounts());
        assertEquals(3, summary.events());
        assertEquals(1, summary.legalRequests());
        assertEquals(1, summary.prices());
        var files = summary.imports().get(0).files();
        assertEquals(4, files.size());
        var events = files.stream().filter(f -> f.fileName().equals("events.csv")).findFirst().orElseThrow();
        assertEquals(BundleBuilder.sha256(BundleBuilder.EVENTS.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                events.sha256());
        assertEquals(3, events.rows());
    }

    @Test
    void storesUtcInstantKeepsOriginalTextAndExactAmounts() {
        importStrict(BundleBuilder.valid().writeFolder(dir.resolve("b")));
        List<StoredEvent> events = new AccountStore(caseFile).events("ACC-1", 0, 10);
        StoredEvent login = events.stream().filter(e -> e.event().eventId().equals("E1")).findFirst().orElseThrow();
        assertEquals(Instant.parse("2024-05-30T13:14:03.250Z"), login.event().occurredAt());
        assertEquals("2024-05-30T21:14:03.250+08:00", login.event().occurredAtText());
        StoredEvent withdrawal = events.stream().filter(e -> e.event().eventId().equals("E2")).findFirst()
                .orElseThrow();
        assertEquals(0, new BigDecimal("0.5").compareTo(withdrawal.event().amount()));
        assertEquals("0.0001", withdrawal.event().fee().toPlainString());
        assertEquals("events.csv", withdrawal.sourceFile());
        assertEquals(3, withdrawal.event().sourceLine());
    }

    @Test
    void reimportingTheSameBundleChangesNothingAndSaysSo() {
        Path bundle = BundleBuilder.valid().writeFolder(dir.resolve("b"));
        importStrict(bundle);
        Map<String, Integer> before = CaseState.rowCounts(caseFile);
        ImportReport again = importStrict(bundle);
        assertTrue(again.changedNothing());
        assertTrue(again.files().stream().allMatch(FileReport::alreadyImported));
        assertEquals(before, CaseState.rowCounts(caseFile));
    }

    @Test
    void skipsAndCountsEventsAlreadyInTheCaseWithIdenticalContent() {
        importStrict(BundleBuilder.valid().writeFolder(dir.resolve("b1")));
        String more = BundleBuilder.EVENTS + "E4,ACC-2,2024-06-01T08:00:00Z,LOGOUT,,,,,,,,,\n";
        ImportReport second = importStrict(BundleBuilder.valid().file("events.csv", more)
                .writeFolder(dir.resolve("b2")));
        FileReport events = second.files().stream().filter(f -> f.kind() == FileKind.EVENTS).findFirst()
                .orElseThrow();
        assertEquals(1, events.rowsImported());
        assertEquals(3, events.duplicates());
        assertEquals(4, new CaseSummaryStore(caseFile).summary().events());
    }

    @Test
    void refusesAnEventIdAlreadyInTheCaseWithDifferentContent() {
        importStrict(BundleBuilder.valid().writeFolder(dir.resolve("b1")));
        String changed = BundleBuilder.EVENTS.replace("bc1qx", "bc1qATTACKER") + "E9,ACC-2,2024-06-01T08:00:00Z,"
                + "LOGOUT,,,,,,,,,\n";
        List<ImportProblem> problems = refused(BundleBuilder.valid().file("events.csv", changed)
                .writeFolder(dir.resolve("b2")));
        assertProblem(problems, "events.csv:3: event_id: \"E2\" is already in the case with different content");
    }

    @Test
    void refusesAHashMismatch() {
        List<ImportProblem> problems = refused(BundleBuilder.valid().declaredSha("events.csv", "0".repeat(64))
                .writeFolder(dir.resolve("b")));
        assertProblem(problems, "events.csv: SHA-256 is");
        assertProblem(problems, "damaged or altered");
    }

    @Test
    void refusesARowCountMismatch() {
        List<ImportProblem> problems = refused(BundleBuilder.valid().declaredRows("events.csv", 4)
                .writeFolder(dir.resolve("b")));
        assertProblem(problems, "events.csv: holds 3 data rows, but manifest.json says 4");
    }

    @Test
    void refusesAnotherFormatNamingTheVersionFound() {
        List<ImportProblem> problems = refused(BundleBuilder.valid().format("ledgerline-case/2")
                .writeFolder(dir.resolve("b")));
        assertProblem(problems, "manifest.json: format: \"ledgerline-case/2\" is not supported");
    }

    @Test
    void refusesAMissingListedFile() {
        BundleBuilder builder = BundleBuilder.valid();
        Path folder = builder.writeFolder(dir.resolve("b"));
        folder.resolve("prices.csv").toFile().delete();
        assertProblem(refused(folder), "prices.csv: is listed in manifest.json but missing");
    }

    @Test
    void refusesAnUnlistedDataFile() {
        List<ImportProblem> problems = refused(BundleBuilder.valid().unlistedFile("withdrawals.csv", "a\n1\n")
                .writeFolder(dir.resolve("b")));
        assertProblem(problems, "withdrawals.csv: is in the bundle but not listed in manifest.json");
    }

    @Test
    void refusesATimestampWithoutOffset() {
        String events = BundleBuilder.EVENTS_HEADER + "E1,ACC-1,2024-05-30T21:14:03,LOGIN,,,,,,,,,\n";
        assertProblem(refused(BundleBuilder.valid().file("events.csv", events).writeFolder(dir.resolve("b"))),
                "events.csv:2: occurred_at: \"2024-05-30T21:14:03\" has no offset");
    }

    @Test
    void refusesAmountsThatAreNotPlainUnsignedDecimals() {
        String events = BundleBuilder.EVENTS_HEADER
                + "E1,ACC-1,2024-05-30T14:00:00Z,WITHDRAWAL,,,,BTC,\"1,5\",,,,\n"
                + "E2,ACC-1,2024-05-30T14:00:00Z,WITHDRAWAL,,,,BTC,1e-3,,,,\n"
                + "E3,ACC-1,2024-05-30T14:00:00Z,WITHDRAWAL,,,,BTC,-2,,,,\n"
                + "E4,ACC-1,2024-05-30T14:00:00Z,WITHDRAWAL,,,,BTC,0.1234567890123456789,,,,\n";
        List<ImportProblem> problems = refused(BundleBuilder.valid().file("events.csv", events)
                .writeFolder(dir.resolve("b")));
        assertProblem(problems, "events.csv:2: amount: \"1,5\" is not a decimal number");
        assertProblem(problems, "events.csv:3: amount: \"1e-3\" has an exponent");
        assertProblem(problems, "events.csv:4: amount: \"-2\" is negative");
        assertProblem(problems, "events.csv:5: amount: \"0.1234567890123456789\" has more than 18 decimal places");
    }

    @Test
    void refusesAnEventOfAnUnknownAccount() {
        String events = BundleBuilder.EVENTS_HEADER + "E1,ACC-404,2024-05-30T14:00:00Z,LOGIN,,,,,,,,,\n";
        assertProblem(refused(BundleBuilder.valid().file("events.csv", events).writeFolder(dir.resolve("b"))),
                "events.csv:2: account_id: \"ACC-404\" is not in accounts.csv");
    }

    @Test
    void refusesMalformedDetailsAndAWrongColumnCount() {
        String events = BundleBuilder.EVENTS_HEADER
                + "E1,ACC-1,2024-05-30T14:00:00Z,LOGIN,,,,,,,,,{not json\n"
                + "E2,ACC-1,2024-05-30T14:00:00Z,LOGIN\n";
        List<ImportProblem> problems = refused(BundleBuilder.valid().file("events.csv", events)
                .writeFolder(dir.resolve("b")));
        assertProblem(problems, "events.csv:2: details: is not valid JSON");
        assertProblem(problems, "events.csv:3: has 4 fields, the header has 13");
    }

    @Test
    void refusesAMissingRequiredField() {
        String events = BundleBuilder.EVENTS_HEADER + "E1,ACC-1,,LOGIN,,,,,,,,,\n";
        assertProblem(refused(BundleBuilder.valid().file("events.csv", events).writeFolder(dir.resolve("b"))),
                "events.csv:2: occurred_at: is required");
    }

    @Test
    void listsEveryProblemNotJustTheFirst() {
        String events = BundleBuilder.EVENTS_HEADER
                + "E1,ACC-1,bad,LOGIN,,,,,,,,,\n"
                + "E2,ACC-1,2024-05-30T14:00:00Z,LOGIN,maybe,,,,,,,,\n"
                + "E3,ACC-9,2024-05-30T14:00:00Z,LOGIN,,,,,,,,,\n";
        List<ImportProblem> problems = refused(BundleBuilder.valid().file("events.csv", events)
                .writeFolder(dir.resolve("b")));
        assertEquals(3, problems.size(), problems.toString());
        assertProblem(problems, "events.csv:3: outcome: \"maybe\" is not one of success, failure, pending");
    }

    @Test
    void keepsUnknownColumnsAndTypesWithWarnings() {
        String events = "event_id,account_id,occurred_at,type,risk_score\n"
                + "E1,ACC-1,2024-05-30T14:00:00Z,SIM_SWAP,0.97\n";
        ImportReport report = importStrict(BundleBuilder.valid().file("events.csv", events)
                .writeFolder(dir.resolve("b")));
        FileReport file = report.files().stream().filter(f -> f.kind() == FileKind.EVENTS).findFirst()
                .orElseThrow();
        assertTrue(file.warnings().stream().anyMatch(w -> "risk_score".equals(w.column())), file.toString());
        assertTrue(file.warnings().stream().anyMatch(w -> w.message().contains("SIM_SWAP")), file.toString());
        assertEquals("{\"risk_score\":\"0.97\"}", CaseState.eventExtra(caseFile, "E1"));
        assertEquals("OTHER", CaseState.eventColumn(caseFile, "E1", "category"));
    }

    @Test
    void readsBomCrlfAndQuotedFieldsWithCommasQuotesAndLineBreaks() {
        String events = "\uFEFF" + (BundleBuilder.EVENTS_HEADER
                + "E1,ACC-1,2024-05-30T14:00:00Z,SUPPORT_CONTACT,,,,,,,,\"T-1\",\"{\"\"text\"\":\"\"a, \\\"\"b\\\"\"\"\"}\"\n"
                + "E2,ACC-1,2024-05-30T15:00:00Z,SUPPORT_CONTACT,,,,,,,,\"line one\nline two\",\n"
                + "E3,ACC-1,2024-05-30T16:00:00Z,LOGOUT,,,,,,,,,\n").replace("\n", "\r\n");
        ImportReport report = importStrict(BundleBuilder.valid().file("events.csv", events)
                .declaredRows("events.csv", 3).writeFolder(dir.resolve("b")));
        assertEquals(3, report.files().stream().filter(f -> f.kind() == FileKind.EVENTS).findFirst().orElseThrow()
                .rowsImported());
        assertEquals("line one\r\nline two", CaseState.eventColumn(caseFile, "E2", "ref"));
        List<StoredEvent> stored = new AccountStore(caseFile).events("ACC-1", 0, 10);
        StoredEvent last = stored.stream().filter(e -> e.event().eventId().equals("E3")).findFirst().orElseThrow();
        assertEquals(5, last.event().sourceLine(), "the physical line, counting the embedded line break");
    }

    @Test
    void readsJsonLinesAndGzip() {
        String jsonl = "{\"event_id\":\"E1\",\"account_id\":\"ACC-1\",\"occurred_at\":\"2024-05-30T14:00:00Z\","
                + "\"type\":\"WITHDRAWAL\",\"amount\":\"0.100000000000000001\"}\n"
                + "{\"event_id\":\"E2\",\"account_id\":\"ACC-2\",\"occurred_at\":\"2024-05-30T15:00:00Z\","
                + "\"type\":\"LOGIN\",\"details\":{\"score\":0.5}}\n";
        ImportReport report = importStrict(BundleBuilder.valid().without("events.csv")
                .gzipFile("events.jsonl.gz", jsonl).declaredRows("events.jsonl.gz", 2)
                .writeFolder(dir.resolve("b")));
        assertEquals(2, report.files().stream().filter(f -> f.kind() == FileKind.EVENTS).findFirst().orElseThrow()
                .rowsImported());
        assertEquals("0.100000000000000001", CaseState.eventColumn(caseFile, "E1", "amount"));
        assertEquals("{\"score\":0.5}", CaseState.eventColumn(caseFile, "E2", "details"));
    }

    @Test
    void aFileWithAHeaderAndNoRowsIsValid() {
        ImportReport report = importStrict(BundleBuilder.valid().file("prices.csv", "asset,at,usd\n")
                .writeFolder(dir.resolve("b")));
        assertFalse(report.changedNothing());
        assertEquals(0, new CaseSummaryStore(caseFile).summary().prices());
    }

    @Test
    void refusesInvalidUtf8WithItsLine() {
        byte[] head = (BundleBuilder.EVENTS_HEADER + "E1,ACC-1,2024-05-30T14:00:00Z,LOGIN,,,,,,,,,\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] bad = "E2,ACC-1,2024-05-30T14:00:00Z,LOGIN,,,,,,,,caf\u00e9,\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] all = new byte[head.length + bad.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(bad, 0, all, head.length, bad.length);
        assertProblem(refused(BundleBuilder.valid().file("events.csv", all).declaredRows("events.csv", 2)
                .writeFolder(dir.resolve("b"))), "events.csv:3: is not valid UTF-8");
    }

    @Test
    void importsAZipOfTheFolderOrOfItsContents() {
        Path flat = BundleBuilder.valid().writeZip(dir.resolve("flat.zip"), "");
        assertEquals(7, importStrict(flat).rowsImported());
        caseFile.close();
        caseFile = engine.create(dir.resolve("second"));
        Path nested = BundleBuilder.valid().writeZip(dir.resolve("nested.zip"), "export/");
        assertEquals(7, importStrict(nested).rowsImported());
    }

    @Test
    void refusesAZipEntryThatEscapesTheBundle() {
        Path zip = BundleBuilder.valid().writeZip(dir.resolve("evil.zip"), "../");
        InputRefusedException e = assertThrows(InputRefusedException.class, () -> importStrict(zip));
        assertTrue(e.getMessage().contains("points outside the bundle"), e.getMessage());
        assertEquals(0, new CaseSummaryStore(caseFile).summary().events());
    }

    @Test
    void awkwardTextIsStoredExactlyAsSealedAndLaterImportsSortOutTheirKeys() {
        // tabs, backslashes, line breaks and non-ASCII text are what a COPY text stream must escape; ids out of
        // order and below those already in the case must still be found as repeats
        String first = BundleBuilder.EVENTS_HEADER
                + "E5,ACC-1,2024-05-30T14:00:00Z,LOGIN,,10.0.0.1,\"dev\ttab\",,,,,,\"{\"\"path\"\":\"\"C:\\\\x\\\\N\"\"}\"\n"
                + "É9,ACC-1,2024-05-30T14:01:00Z,LOGIN,,,\"line\nbreak\r\",,,,,,\n"
                + "E1,ACC-2,2024-05-30T14:02:00Z,LOGOUT,,,\\N,,,,,,\n";
        importStrict(BundleBuilder.valid().file("events.csv", first).declaredRows("events.csv", 3)
                .writeFolder(dir.resolve("b1")));
        String second = BundleBuilder.EVENTS_HEADER
                + "E0,ACC-2,2024-05-30T14:03:00Z,LOGOUT,,,,,,,,,\n"
                + "É9,ACC-1,2024-05-30T14:01:00Z,LOGIN,,,\"line\nbreak\r\",,,,,,\n"
                + "E1,ACC-2,2024-05-30T14:02:00Z,LOGOUT,,,\\N,,,,,,\n"
                + "Z1,ACC-1,2024-05-30T14:04:00Z,LOGOUT,,,,,,,,,\n";
        ImportReport report = importStrict(BundleBuilder.valid().file("events.csv", second)
                .declaredRows("events.csv", 4).writeFolder(dir.resolve("b2")));

        FileReport events = report.files().stream().filter(f -> f.kind() == FileKind.EVENTS).findFirst()
                .orElseThrow();
        assertEquals(2, events.rowsImported());
        assertEquals(2, events.duplicates());
        Map<String, String> devices = new java.util.TreeMap<>();
        for (String account : List.of("ACC-1", "ACC-2")) {
            new AccountStore(caseFile).events(account, 0, 10).forEach(e ->
                    devices.put(e.event().eventId(), String.valueOf(e.event().deviceId())));
        }
        assertEquals(Map.of("E0", "null", "E1", "\\N", "E5", "dev\ttab", "É9", "line\nbreak\r", "Z1", "null"),
                devices);
        // imported without a profile, these imports are unsigned (a custody finding); the seals are what counts here
        assertEquals(List.of(), new VerifyService().verify(caseFile, List.of()).findings().stream()
                .filter(f -> !f.check().equals("custody")).toList(), "the stored rows are the sealed rows");
    }

    @Test
    void lenientImportQuarantinesInvalidRowsVerbatim() {
        String events = BundleBuilder.EVENTS_HEADER
                + "E1,ACC-1,2024-05-30T14:00:00Z,LOGIN,,,,,,,,,\n"
                + "E2,ACC-1,2024-05-30 14:00,LOGIN,,,,,,,,,\n"
                + "E3,ACC-404,2024-05-30T14:00:00Z,LOGIN,,,,,,,,,\n";
        ImportReport report = importer.importBundle(BundleBuilder.valid().file("events.csv", events)
                .writeFolder(dir.resolve("b")), caseFile, ImportOptions.LENIENT, Progress.NONE);
        FileReport file = report.files().stream().filter(f -> f.kind() == FileKind.EVENTS).findFirst()
                .orElseThrow();
        assertEquals(1, file.rowsImported());
        assertEquals(2, file.quarantined());
        assertProblem(report.quarantined(), "events.csv:3: occurred_at:");
        assertProblem(report.quarantined(), "events.csv:4: account_id:");
        var summary = new CaseSummaryStore(caseFile).summary();
        assertEquals(2, summary.quarantinedRows());
        assertEquals("E2,ACC-1,2024-05-30 14:00,LOGIN,,,,,,,,,", CaseState.quarantineRaw(caseFile, 3));
    }

    @Test
    void refusesAnEventIdRepeatedInsideOneExport() {
        String events = BundleBuilder.EVENTS_HEADER
                + "E1,ACC-1,2024-05-30T14:00:00Z,LOGIN,,,,,,,,,\n"
                + "E1,ACC-1,2024-05-30T14:00:00Z,LOGIN,,,,,,,,,\n";
        assertProblem(refused(BundleBuilder.valid().file("events.csv", events).writeFolder(dir.resolve("b"))),
                "events.csv:3: event_id: \"E1\" repeats line 2 of this file");
    }

    @Test
    void aCancelledImportLeavesTheCaseUnchanged() {
        importStrict(BundleBuilder.valid().writeFolder(dir.resolve("b1")));
        Map<String, Integer> before = CaseState.rowCounts(caseFile);
        StringBuilder events = new StringBuilder(BundleBuilder.EVENTS_HEADER);
        for (int i = 0; i < 5_000; i++) {
            events.append("X").append(i).append(",ACC-1,2024-06-01T08:00:00Z,LOGIN,,,,,,,,,\n");
        }
        Progress cancelsAtOnce = new CancelledProgress();
        Path bundle = BundleBuilder.valid().file("events.csv", events.toString()).writeFolder(dir.resolve("b2"));
        assertThrows(io.ledgerline.domain.CancelledException.class,
                () -> importer.importBundle(bundle, caseFile, ImportOptions.STRICT, cancelsAtOnce));
        assertEquals(before, CaseState.rowCounts(caseFile));
        assertEquals("ok", caseFile.integrityCheck());
    }

    @Test
    void lenientImportKeepsQuotedAndBlankRowsExactlyAsSent() {
        String quoted = "\"E2\",ACC-1,\"2024-05-30 14:00\",\"LOGIN\",,,,,,,,\"\",";
        String multiLine = "E3,ACC-1,2024-05-30T14:00:00,LOGIN,,,,,,,,\"a\r\nb\",";
        String events = BundleBuilder.EVENTS_HEADER + "E1,ACC-1,2024-05-30T14:00:00Z,LOGIN,,,,,,,,,\r\n"
                + quoted + "\r\n" + multiLine + "\r\n";
        importer.importBundle(BundleBuilder.valid().file("events.csv", events).declaredRows("events.csv", 3)
                .writeFolder(dir.resolve("b")), caseFile, ImportOptions.LENIENT, Progress.NONE);
        assertEquals(quoted, CaseState.quarantineRaw(caseFile, 3));
        assertEquals(multiLine, CaseState.quarantineRaw(caseFile, 4));
    }

    @Test
    void spacesAfterAClosingQuoteAreRefusedNotGuessedAtAndKeptVerbatimWhenLenient() {
        // RFC 4180 has no room for text after a closing quote: neither "T-1" nor "T-1 " is what was meant for sure
        String row = "E1,ACC-1,2024-05-30T14:00:00Z,LOGIN,,,,,,,,\"T-1\" ,";
        String events = BundleBuilder.EVENTS_HEADER + row + "\n";
        Path bundle = BundleBuilder.valid().file("events.csv", events).writeFolder(dir.resolve("b"));
        assertProblem(refused(bundle), "events.csv:2: field 12: text after its closing quote");
        importer.importBundle(bundle, caseFile, ImportOptions.LENIENT, Progress.NONE);
        assertEquals(row, CaseState.quarantineRaw(caseFile, 2));
    }

    @Test
    void aRepeatFoundLateIsStillQuarantinedExactlyAsSent() {
        StringBuilder events = new StringBuilder(BundleBuilder.EVENTS_HEADER);
        events.append("\"R1\",ACC-1,2024-05-30T14:00:00Z,LOGIN,,,,,,,,,\n");
        for (int i = 0; i < 12_000; i++) {
            events.append("F").append(i).append(",ACC-1,2024-05-30T14:00:00Z,LOGIN,,,,,,,,,\n");
        }
        String repeat = "\"R1\",ACC-1,\"2024-05-30T14:00:00Z\",LOGIN,,,,,,,,,";
        events.append(repeat).append("\n");
        importer.importBundle(BundleBuilder.valid().file("events.csv", events.toString())
                .writeFolder(dir.resolve("b")), caseFile, ImportOptions.LENIENT, Progress.NONE);
        assertEquals(repeat, CaseState.quarantineRaw(caseFile, 12_003));
    }

    /** {@code count} LOGIN events E0.. of ACC-1 (more than one many-row insert statement holds), one line each. */
    private static StringBuilder manyEvents(int count) {
        StringBuilder events = new StringBuilder(BundleBuilder.EVENTS_HEADER);
        for (int i = 0; i < count; i++) {
            events.append("E").append(i).append(",ACC-1,2024-05-30T14:00:00Z,LOGIN,,,,,,,,,\n");
        }
        return events;
    }

    /** The evidence seals recorded at import still match the rows in the case. */
    private void assertSealsHold() {
        List<String> evidence = new io.ledgerline.audit.VerifyService().verify(caseFile, List.of()).findings().stream()
                .filter(f -> f.check().equals("evidence")).map(io.ledgerline.audit.Finding::line).toList();
        assertEquals(List.of(), evidence);
    }

    @Test
    void findsDuplicatesAmongManyRowsAndSealsOnlyTheRowsWritten() {
        importStrict(BundleBuilder.valid().file("events.csv", manyEvents(100).toString())
                .writeFolder(dir.resolve("b1")));
        StringBuilder again = manyEvents(100);
        for (int i = 0; i < 70; i++) {
            again.append("F").append(i).append(",ACC-2,2024-05-31T14:00:00Z,LOGOUT,,,,,,,,,\n");
        }
        ImportReport second = importStrict(BundleBuilder.valid().file("events.csv", again.toString())
                .writeFolder(dir.resolve("b2")));
        FileReport events = second.files().stream().filter(f -> f.kind() == FileKind.EVENTS).findFirst()
                .orElseThrow();
        assertEquals(70, events.rowsImported());
        assertEquals(100, events.duplicates());
        assertEquals(170, new CaseSummaryStore(caseFile).summary().events());
        assertSealsHold();
    }

    @Test
    void findsTheOneConflictAmongManyRowsAndLeavesTheCaseUnchanged() {
        importStrict(BundleBuilder.valid().file("events.csv", manyEvents(100).toString())
                .writeFolder(dir.resolve("b1")));
        String changed = manyEvents(100).toString().replace("E50,ACC-1,2024-05-30T14:00:00Z,LOGIN",
                "E50,ACC-1,2024-05-30T14:00:00Z,LOGOUT");
        List<ImportProblem> problems = refused(BundleBuilder.valid().file("events.csv", changed)
                .writeFolder(dir.resolve("b2")));
        assertEquals(List.of("events.csv:52: event_id: \"E50\" is already in the case with different content"),
                problems.stream().filter(p -> p.file().equals("events.csv")).map(p -> p.toString()
                        .replaceAll(" \\(.*", "")).toList());
    }

    @Test
    void aRepeatInsideOneManyRowStatementIsRefusedOrQuarantinedAndTheRestSealed() {
        String events = manyEvents(100).toString().replace("E15,ACC-1", "E5,ACC-1");
        assertProblem(refused(BundleBuilder.valid().file("events.csv", events).writeFolder(dir.resolve("b"))),
                "events.csv:17: event_id: \"E5\" repeats line 7 of this file");

        ImportReport lenient = importer.importBundle(BundleBuilder.valid().file("events.csv", events)
                .writeFolder(dir.resolve("b2")), caseFile, ImportOptions.LENIENT, Progress.NONE);
        FileReport file = lenient.files().stream().filter(f -> f.kind() == FileKind.EVENTS).findFirst()
                .orElseThrow();
        assertEquals(99, file.rowsImported());
        assertEquals(1, file.quarantined());
        assertEquals("E5,ACC-1,2024-05-30T14:00:00Z,LOGIN,,,,,,,,,", CaseState.quarantineRaw(caseFile, 17));
        assertSealsHold();
    }
}
