package io.ledgerline.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerline.domain.CancelledException;
import io.ledgerline.domain.EventType;
import io.ledgerline.domain.LedgerlineException;
import io.ledgerline.domain.Progress;
import io.ledgerline.testing.CancelledProgress;
import io.ledgerline.importer.ColumnSpec;
import io.ledgerline.importer.FileColumns;
import io.ledgerline.importer.FileKind;
import io.ledgerline.importer.FileReport;
import io.ledgerline.importer.ImportOptions;
import io.ledgerline.importer.ImportReport;
import io.ledgerline.importer.ImportService;
import io.ledgerline.store.CaseFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DemoGeneratorTest {

    private static final List<String> BUNDLE_FILES = List.of("manifest.json", "accounts.csv", "legal_requests.csv",
            "events.csv", "prices.csv");
    private static final Pattern AMOUNT = Pattern.compile("\\d+(\\.\\d{1,18})?");

    @TempDir
    static Path shared;
    private static Path bundle;
    private static DemoSummary summary;
    private static List<Map<String, String>> events;

    @TempDir
    Path tmp;

    @BeforeAll
    static void writeScaleOneBundle() throws IOException {
        bundle = shared.resolve("scale1");
        summary = new DemoGenerator().write(bundle, DemoOptions.folder(1, 42), Progress.NONE);
        events = BundleRows.read(bundle.resolve("events.csv"));
    }

    @Test
    void sameSeedGivesByteIdenticalBundle() throws IOException {
        DemoGenerator generator = new DemoGenerator();
        generator.write(tmp.resolve("a"), DemoOptions.folder(0.2, 7), Progress.NONE);
        generator.write(tmp.resolve("b"), DemoOptions.folder(0.2, 7), Progress.NONE);
        for (String name : BUNDLE_FILES) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("a").resolve(name)),
                    Files.readAllBytes(tmp.resolve("b").resolve(name)), name);
        }
    }

    @Test
    void differentSeedGivesDifferentBundle() throws IOException {
        DemoGenerator generator = new DemoGenerator();
        generator.write(tmp.resolve("a"), DemoOptions.folder(0.2, 7), Progress.NONE);
        generator.write(tmp.resolve("b"), DemoOptions.folder(0.2, 8), Progress.NONE);
        for (String name : List.of("accounts.csv", "events.csv", "prices.csv", "manifest.json")) {
            assertFalse(Arrays.equals(Files.readAllBytes(tmp.resolve("a").resolve(name)),
                    Files.readAllBytes(tmp.resolve("b").resolve(name))), name);
        }
    }

    @Test
    void sameSeedGivesByteIdenticalZip() throws IOException {
        DemoGenerator generator = new DemoGenerator();
        generator.write(tmp.resolve("a.zip"), new DemoOptions(0.2, 7, true), Progress.NONE);
        generator.write(tmp.resolve("b.zip"), new DemoOptions(0.2, 7, true), Progress.NONE);
        assertArrayEquals(Files.readAllBytes(tmp.resolve("a.zip")), Files.readAllBytes(tmp.resolve("b.zip")));
    }

    @Test
    void manifestListsExactHashesAndRowCounts() throws Exception {
        JsonNode manifest = new ObjectMapper().readTree(bundle.resolve("manifest.json").toFile());
        assertEquals("ledgerline-case/1", manifest.get("format").asText());
        assertEquals(summary.caseId(), manifest.get("case_id").asText());
        assertEquals("2024-06-12T08:00:00Z", manifest.get("exported_at").asText());
        List<String> listed = new ArrayList<>();
        for (JsonNode file : manifest.get("files")) {
            String name = file.get("name").asText();
            listed.add(name);
            byte[] bytes = Files.readAllBytes(bundle.resolve(name));
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            assertEquals(sha, file.get("sha256").asText(), name);
            assertEquals(BundleRows.read(bundle.resolve(name)).size(), file.get("rows").asLong(), name);
            assertEquals(summary.rows(name), file.get("rows").asLong(), name);
        }
        assertEquals(List.of("accounts.csv", "legal_requests.csv", "events.csv", "prices.csv"), listed);
    }

    @Test
    void scaleOneGivesAboutTwentyThousandEvents() {
        assertTrue(summary.events() >= 15_000 && summary.events() <= 25_000, "events: " + summary.events());
        assertEquals(events.size(), summary.events());
    }

    @Test
    void eventCountGrowsLinearlyWithScale() {
        DemoSummary doubled = new DemoGenerator().write(tmp.resolve("x2"), DemoOptions.folder(2, 42), Progress.NONE);
        double ratio = (double) doubled.events() / summary.events();
        assertTrue(ratio > 1.9 && ratio < 2.1, "ratio " + ratio);
    }

    @Test
    void everyPlantedEventTypeOccurs() {
        for (EventType type : List.of(EventType.DATA_DISCLOSURE, EventType.PHONE_CHANGE, EventType.MFA_DISABLED,
                EventType.MFA_CHANGED, EventType.FACE_VERIFICATION, EventType.LOGIN, EventType.LOGIN_FAILED,
                EventType.LOGOUT, EventType.DEVICE_ADDED, EventType.ADDRESS_ADDED, EventType.WITHDRAWAL_REQUEST,
                EventType.WITHDRAWAL, EventType.ACCOUNT_FROZEN, EventType.PASSWORD_CHANGE, EventType.DEPOSIT,
                EventType.TRADE, EventType.SUPPORT_CONTACT, EventType.KYC_UPDATE, EventType.API_KEY_CREATED)) {
            assertTrue(summary.eventsPerType().getOrDefault(type.name(), 0L) > 0, type.name());
        }
        assertEquals(summary.events(), summary.eventsPerType().values().stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void everyEventAccountIsInAccounts() throws IOException {
        Set<String> accounts = new HashSet<>();
        BundleRows.read(bundle.resolve("accounts.csv")).forEach(a -> assertTrue(accounts.add(a.get("account_id"))));
        Set<String> ids = new HashSet<>();
        for (Map<String, String> e : events) {
            assertTrue(accounts.contains(e.get("account_id")), e.get("account_id"));
            assertTrue(ids.add(e.get("event_id")), "duplicate " + e.get("event_id"));
            assertTrue(e.get("event_id").matches("E\\d{8}"), e.get("event_id"));
        }
    }

    @Test
    void timestampsCarryAnOffsetAndSomeAreNotUtc() {
        long nonUtc = 0;
        for (Map<String, String> e : events) {
            OffsetDateTime time = OffsetDateTime.parse(e.get("occurred_at"));
            if (!time.getOffset().equals(ZoneOffset.UTC)) {
                nonUtc++;
            }
        }
        assertTrue(nonUtc > 0 && nonUtc < events.size() / 2, "non-UTC timestamps: " + nonUtc);
    }

    @Test
    void amountsArePlainDecimals() throws IOException {
        for (Map<String, String> e : events) {
            for (String column : List.of("amount", "fee")) {
                String value = e.get(column);
                assertTrue(value.isEmpty() || AMOUNT.matcher(value).matches(), column + ": " + value);
            }
        }
        for (Map<String, String> p : BundleRows.read(bundle.resolve("prices.csv"))) {
            assertTrue(p.get("usd").matches("\\d+(\\.\\d{1,8})?"), p.get("usd"));
        }
    }

    @Test
    void pricesCoverEveryAssetBeforeTheFirstAndAfterTheLastEvent() throws IOException {
        var first = events.stream().map(e -> BundleRows.instant(e.get("occurred_at"))).min(Comparable::compareTo)
                .orElseThrow();
        var last = events.stream().map(e -> BundleRows.instant(e.get("occurred_at"))).max(Comparable::compareTo)
                .orElseThrow();
        for (String asset : List.of("BTC", "ETH", "USDT")) {
            var times = BundleRows.read(bundle.resolve("prices.csv")).stream()
                    .filter(p -> p.get("asset").equals(asset)).map(p -> BundleRows.instant(p.get("at"))).toList();
            assertTrue(times.get(0).isBefore(first), asset);
            assertTrue(times.get(times.size() - 1).isAfter(last), asset);
        }
    }

    @Test
    void filesUseLfUtf8WithoutBom() throws IOException {
        for (String name : BUNDLE_FILES) {
            byte[] bytes = Files.readAllBytes(bundle.resolve(name));
            assertFalse(bytes.length >= 3 && bytes[0] == (byte) 0xEF, name + " starts with a BOM");
            assertFalse(new String(bytes, StandardCharsets.UTF_8).contains("\r"), name + " has CR");
        }
    }

    @Test
    void zipHoldsExactlyTheFiveFilesAtItsRoot() throws IOException {
        Path zip = tmp.resolve("out/d.zip");
        new DemoGenerator().write(zip, new DemoOptions(0.2, 3, true), Progress.NONE);
        List<String> names = new ArrayList<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry e = entries.getNextEntry(); e != null; e = entries.getNextEntry()) {
                names.add(e.getName());
            }
        }
        assertEquals(Set.copyOf(BUNDLE_FILES), Set.copyOf(names));
        assertEquals(5, names.size());
    }

    @ParameterizedTest
    @CsvSource({"ACCOUNTS, accounts.csv", "LEGAL_REQUESTS, legal_requests.csv", "EVENTS, events.csv",
        "PRICES, prices.csv"})
    void everyRowPassesTheImportersColumnChecks(FileKind kind, String fileName) throws IOException {
        for (Map<String, String> row : BundleRows.read(bundle.resolve(fileName))) {
            assertEquals(FileColumns.of(kind).size(), row.size(), fileName + " has columns outside the contract");
            for (ColumnSpec column : FileColumns.of(kind)) {
                String value = row.get(column.name());
                if (value.isEmpty()) {
                    assertFalse(column.required(), fileName + ": " + column.name() + " is required");
                } else {
                    assertEquals(Optional.empty(), column.check().problemWith(value), fileName + ": " + column.name());
                }
            }
        }
    }

    /**
     * Disabled: the importer cannot import any bundle yet. FileImport.run drains its HashingInputStream after the
     * try-with-resources has closed the RowSource, and with it the file stream (ClosedChannelException for a folder,
     * "Stream closed" for a zip). Enable once the importer is fixed.
     */
    @Test
    void importerTakesTheBundleWhole() {
        assertImportsWhole(bundle, summary);
    }

    @Test
    void importerTakesTheZipWhole() {
        Path zip = tmp.resolve("d.zip");
        DemoSummary zipped = new DemoGenerator().write(zip, new DemoOptions(0.2, 3, true), Progress.NONE);
        assertImportsWhole(zip, zipped);
    }

    private void assertImportsWhole(Path path, DemoSummary written) {
        try (CaseFile c = CaseFile.create(tmp.resolve("c" + path.getFileName() + ".ledgerline"))) {
            ImportReport report = new ImportService().importBundle(path, c, ImportOptions.STRICT, Progress.NONE);
            assertEquals(4, report.files().size());
            for (FileReport file : report.files()) {
                assertEquals(written.rows(file.fileName()), file.rowsImported(), file.fileName());
                assertEquals(0, file.quarantined(), file.fileName());
                assertEquals(0, file.warningCount(), file.fileName());
            }
        }
    }

    @Test
    void refusesAFolderThatIsNotEmpty() throws IOException {
        Files.writeString(tmp.resolve("notes.txt"), "mine");
        LedgerlineException refused = assertThrows(LedgerlineException.class,
                () -> new DemoGenerator().write(tmp, DemoOptions.folder(0.2, 1), Progress.NONE));
        assertTrue(refused.getMessage().contains("not empty"), refused.getMessage());
        assertEquals(List.of(tmp.resolve("notes.txt")), Files.list(tmp).toList());
    }

    @Test
    void cancellingLeavesNothingBehind() {
        Progress cancelled = new CancelledProgress();
        Path out = tmp.resolve("cancelled");
        assertThrows(CancelledException.class,
                () -> new DemoGenerator().write(out, DemoOptions.folder(0.2, 1), cancelled));
        assertFalse(Files.exists(out));
    }

    @Test
    void groundTruthFileListsVictimsAndDecoys() throws IOException {
        Path json = tmp.resolve("truth.json");
        new DemoGenerator().writeGroundTruth(summary, json);
        JsonNode truth = new ObjectMapper().readTree(json.toFile());
        assertEquals(8, truth.get("victims").size());
        assertEquals(3, truth.get("decoys").size());
        assertEquals(summary.victims().get(0).unauthorizedWithdrawalIds().get(0),
                truth.get("victims").get(0).get("unauthorized_withdrawals").get(0).asText());
    }

    static DemoSummary summary() {
        return summary;
    }

    static List<Map<String, String>> events() {
        return events;
    }

    static Path bundle() {
        return bundle;
    }
}
