package io.ledgerline.importer;

import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.Parameter;
import io.ledgerline.testing.CaseEngine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerline.domain.InputRefusedException;
import io.ledgerline.domain.Progress;
import io.ledgerline.importer.bundle.ImportLimits;
import io.ledgerline.store.CaseFile;
import io.ledgerline.testing.BundleBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs built to hurt: each is refused with a clear message and the case stays as it was. */
@ParameterizedClass(name = "{0}")
@EnumSource(CaseEngine.class)
class HostileInputTest {

    /** Every import rule holds on a case file and on a server case (where rows go in with COPY). */
    @Parameter
    CaseEngine engine;

    /** Small bounds so the tests stay fast: 1 MiB ratio floor, 20× ratio, 64 KiB rows. */
    static final ImportOptions TIGHT = new ImportOptions(false, 200, new ImportLimits(8L << 20, 20, 1 << 20, 64 << 10));

    @TempDir
    Path dir;
    CaseFile caseFile;

    @BeforeEach
    void open() {
        caseFile = engine.create(dir);
    }

    @AfterEach
    void close() {
        caseFile.close();
    }

    private String refusal(Path bundle) {
        InputRefusedException e = Refusals.refusedLeavingCaseUnchanged(caseFile,
                () -> new ImportService().importBundle(bundle, caseFile, TIGHT, Progress.NONE));
        return e.getMessage() + " " + e.problems();
    }

    @Test
    void refusesAGzipBomb() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(BundleBuilder.EVENTS_HEADER.getBytes());
            byte[] line = ("x".repeat(99) + "\n").getBytes();
            for (int i = 0; i < 160_000; i++) {
                gz.write(line);
            }
        }
        Path bundle = BundleBuilder.valid().without("events.csv").file("events.csv.gz", out.toByteArray())
                .declaredRows("events.csv.gz", 1).writeFolder(dir.resolve("b"));
        String message = refusal(bundle);
        assertTrue(message.contains("events.csv.gz") && message.contains("decompression bomb"), message);
    }

    @Test
    void refusesAFieldLongerThanTheBoundNamingItsLine() {
        String huge = "x".repeat(512 << 10);
        String events = BundleBuilder.EVENTS_HEADER + "E1,ACC-1,2024-05-30T14:00:00Z,LOGIN,,,,,,,,,\n"
                + "E2,ACC-1,2024-05-30T14:00:00Z,LOGIN,,,,,,,,\"" + huge + "\",\n";
        String message = refusal(BundleBuilder.valid().file("events.csv", events).writeFolder(dir.resolve("b")));
        assertTrue(message.contains("events.csv:3") && message.contains("longer than"), message);
    }

    @Test
    void refusesAnEndlessJsonLine() {
        String jsonl = "{\"event_id\":\"E1\",\"account_id\":\"ACC-1\",\"occurred_at\":\"2024-05-30T14:00:00Z\","
                + "\"type\":\"LOGIN\",\"ref\":\"" + "y".repeat(512 << 10) + "\"}\n";
        String message = refusal(BundleBuilder.valid().without("events.csv").file("events.jsonl", jsonl)
                .writeFolder(dir.resolve("b")));
        assertTrue(message.contains("events.jsonl:1") && message.contains("longer than"), message);
    }

    @Test
    void refusesAnUnclosedQuoteWithItsLine() {
        String events = BundleBuilder.EVENTS_HEADER + "E1,ACC-1,2024-05-30T14:00:00Z,LOGIN,,,,,,,,\"open,\n";
        String message = refusal(BundleBuilder.valid().file("events.csv", events).declaredRows("events.csv", 1)
                .writeFolder(dir.resolve("b")));
        assertTrue(message.contains("events.csv:2"), message);
    }

    @Test
    void refusesAZipWithAnAbsoluteEntry() {
        Path zip = BundleBuilder.valid().writeZip(dir.resolve("abs.zip"), "/");
        String message = refusal(zip);
        assertTrue(message.contains("points outside the bundle"), message);
    }

    @Test
    void refusesSomethingThatIsNeitherFolderNorZip() throws IOException {
        Path notZip = dir.resolve("export.zip");
        java.nio.file.Files.writeString(notZip, "this is not a zip");
        String message = refusal(notZip);
        assertTrue(message.contains("not a folder or a readable .zip"), message);
    }

    @Test
    void refusesAJsonNumberAmountWithAnExponentWithoutExpandingIt() {
        String jsonl = "{\"event_id\":\"E1\",\"account_id\":\"ACC-1\",\"occurred_at\":\"2024-05-30T14:00:00Z\","
                + "\"type\":\"DEPOSIT\",\"amount\":1e999999999,\"fee\":-0.0}\n";
        String message = refusal(BundleBuilder.valid().without("events.csv").file("events.jsonl", jsonl)
                .writeFolder(dir.resolve("b")));
        assertTrue(message.contains("events.jsonl:1: amount: \"1e999999999\" has an exponent"), message);
        assertTrue(message.contains("events.jsonl:1: fee: \"-0.0\" is negative"), message);
    }

    @Test
    void refusesRepeatedKeysAndTrailingTextInJsonLines() {
        String jsonl = "{\"event_id\":\"E1\",\"account_id\":\"ACC-1\",\"occurred_at\":\"2024-05-30T14:00:00Z\","
                + "\"type\":\"LOGIN\",\"type\":\"LOGOUT\"}\n"
                + "{\"event_id\":\"E2\",\"account_id\":\"ACC-1\",\"occurred_at\":\"2024-05-30T14:00:00Z\","
                + "\"type\":\"LOGIN\"} trailing\n";
        String message = refusal(BundleBuilder.valid().without("events.csv").file("events.jsonl", jsonl)
                .writeFolder(dir.resolve("b")));
        assertTrue(message.contains("events.jsonl:1: not valid JSON: Duplicate field 'type'"), message);
        assertTrue(message.contains("events.jsonl:2: not valid JSON"), message);
    }

    @Test
    void refusesDetailsWithTrailingTextOrTwoObjects() {
        String events = BundleBuilder.EVENTS_HEADER
                + "E1,ACC-1,2024-05-30T14:00:00Z,LOGIN,,,,,,,,,\"{\"\"a\"\":1} trailing\"\n"
                + "E2,ACC-1,2024-05-30T14:00:00Z,LOGIN,,,,,,,,,\"{\"\"a\"\":1}{\"\"b\"\":2}\"\n";
        String message = refusal(BundleBuilder.valid().file("events.csv", events).writeFolder(dir.resolve("b")));
        assertTrue(message.contains("events.csv:2: details: is not valid JSON"), message);
        assertTrue(message.contains("events.csv:3: details: is not valid JSON"), message);
    }

    @Test
    void refusesAManifestWithRepeatedKeysOrTrailingText() {
        Path folder = BundleBuilder.valid().writeFolder(dir.resolve("b"));
        String manifest = BundleBuilder.valid().manifest();
        writeManifest(folder, manifest.replaceFirst("\\{", "{\"format\": \"ledgerline-case/2\","));
        assertTrue(refusal(folder).contains("manifest.json:"), "repeated format key");
        writeManifest(folder, manifest + " {\"x\": 1}");
        assertTrue(refusal(folder).contains("manifest.json:"), "text after the manifest");
    }

    private static void writeManifest(Path folder, String text) {
        try {
            java.nio.file.Files.writeString(folder.resolve("manifest.json"), text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void refusesBytesAfterTheGzipDataButReadsConcatenatedMembers() throws IOException {
        byte[] first = gzip(BundleBuilder.EVENTS_HEADER + "E1,ACC-1,2024-05-30T14:00:00Z,LOGIN,,,,,,,,,\n");
        byte[] second = gzip("E2,ACC-1,2024-05-30T15:00:00Z,LOGOUT,,,,,,,,,\n");
        byte[] garbage = "GARBAGE-E3,ACC-1\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String message = refusal(BundleBuilder.valid().without("events.csv")
                .file("events.csv.gz", concat(first, garbage)).declaredRows("events.csv.gz", 1)
                .writeFolder(dir.resolve("garbage")));
        assertTrue(message.contains("events.csv.gz") && message.contains("gzip"), message);

        ImportReport report = new ImportService().importBundle(BundleBuilder.valid().without("events.csv")
                .file("events.csv.gz", concat(first, second)).declaredRows("events.csv.gz", 2)
                .writeFolder(dir.resolve("members")), caseFile, ImportOptions.STRICT, Progress.NONE);
        assertEquals(2, report.files().stream().filter(f -> f.kind() == FileKind.EVENTS).findFirst().orElseThrow()
                .rowsImported());
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void refusesAManifestThatIsNotUtf8() throws IOException {
        Path folder = BundleBuilder.valid().writeFolder(dir.resolve("latin1"));
        String manifest = BundleBuilder.valid().manifest().replace("Test bundle", "Test b\u00fcndle");
        java.nio.file.Files.write(folder.resolve("manifest.json"),
                manifest.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertTrue(refusal(folder).contains("manifest.json: is not valid UTF-8"));
    }
}
