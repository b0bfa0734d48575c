package io.ledgerline.importer.timesketch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerline.domain.Category;
import io.ledgerline.domain.Event;
import io.ledgerline.domain.ImportProblem;
import io.ledgerline.domain.InputRefusedException;
import io.ledgerline.domain.Progress;
import io.ledgerline.store.CaseFile;
import io.ledgerline.store.CaseState;
import io.ledgerline.store.CaseSummaryStore;
import io.ledgerline.store.StoredEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimesketchImportServiceTest {

    @TempDir
    Path dir;
    CaseFile caseFile;
    final TimesketchImportService importer = new TimesketchImportService();

    @BeforeEach
    void openCase() {
        caseFile = TimelineFixtures.caseWithBundle(dir, "case");
    }

    @AfterEach
    void closeCase() {
        caseFile.close();
    }

    private TimelineImportReport importInto(String accountId, Path file) {
        return importer.importTimeline(file, caseFile, accountId, Progress.NONE);
    }

    /** The event a timeline's line became (its id is derived from its content, see TimelineRowMapper). */
    private Event eventAtLine(String accountId, long line) {
        return TimelineFixtures.events(caseFile, accountId).stream().map(StoredEvent::event)
                .filter(e -> e.eventId().startsWith("ts-") && e.sourceLine() == line).findFirst()
                .orElseThrow(() -> new AssertionError("line " + line));
    }


    private List<ImportProblem> refused(String accountId, Path file) {
        Map<String, Integer> before = CaseState.rowCounts(caseFile);
        InputRefusedException e = assertThrows(InputRefusedException.class, () -> importInto(accountId, file));
        assertEquals(before, CaseState.rowCounts(caseFile), "a refused timeline writes nothing");
        return e.problems();
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @CsvSource({
        "sigma_events.csv,            4,  2,   2015-07-24T19:01:01Z",
        "sigma_events.jsonl,          5,  5,   2022-01-22T23:07:43.502205Z",
        "evtx_part.csv,               13, 242, 2012-03-14T04:17:43.354562Z",
        "validate_time_precision.csv, 2,  2,   2024-07-24T10:57:02.877297Z"})
    void importsEachRealSampleWithItsRecordCountAndUtcInstants(String name, long rows, long line,
            String instant) {
        long eventsBefore = new CaseSummaryStore(caseFile).summary().events();
        TimelineImportReport report = importInto("ACC-2", TimelineFixtures.sample(name, dir));
        assertEquals(rows, report.rows());
        assertEquals(rows, report.rowsImported());
        assertEquals(eventsBefore + rows, new CaseSummaryStore(caseFile).summary().events());
        Event event = eventAtLine("ACC-2", line);
        assertEquals(Instant.parse(instant), event.occurredAt());
        assertEquals(TimelineRowMapper.TIMESKETCH_TYPE, event.type());
        assertEquals(Category.OTHER, event.category());
        assertEquals(line, event.sourceLine());
    }

    @Test
    void theSameTimelineInOtherBytesAddsNothingWhileIdenticalRowsOfOneFileStayTwoEvents() throws Exception {
        String timeline = "message,datetime,timestamp_desc\n"
                + "Login from new device,2024-05-20T10:00:00Z,Event time\n"
                + "Login from new device,2024-05-20T10:00:00Z,Event time\n"
                + "Password changed,2024-05-20T10:05:00Z,Event time\n";
        TimelineImportReport first = importInto("ACC-2", write("a.csv", timeline));
        assertEquals(3, first.rowsImported(), "two identical lines are two events, never one silently");
        Path gz = dir.resolve("a-again.csv.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(timeline.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        TimelineImportReport again = importInto("ACC-2", gz);
        assertEquals(0, again.rowsImported(), "the same rows, gzipped and with CRLF line ends");
        assertEquals(3, again.duplicates());
    }

    @Test
    void keepsTimesketchFieldsAndExtraColumnsWithTheEvent() {
        importInto("ACC-2", TimelineFixtures.sample("sigma_events.csv", dir));
        Event first = eventAtLine("ACC-2", 2);
        assertEquals("A message", first.extra().get("message"));
        assertEquals("Write time", first.extra().get("timestamp_desc"));
        assertEquals("foo", first.extra().get("extra_field_1"));
        assertEquals("", first.extra().get("parser"));
        assertEquals("2015-07-24T19:01:01+00:00", first.occurredAtText());
        assertFalse(first.extra().containsKey("datetime"), "datetime is the event's time");
        assertFalse(first.extra().containsKey("timestamp"), "a timestamp that agrees with datetime says nothing new");
        Event apt = eventAtLine("ACC-2", 5);
        assertEquals("apt_history", apt.extra().get("parser"));
        assertEquals("foo", apt.extra().get("timestamp_desc"));
    }

    @Test
    void keepsMicrosecondsAndTheOriginalText() {
        importInto("ACC-2", TimelineFixtures.sample("validate_time_precision.csv", dir));
        Event precise = eventAtLine("ACC-2", 2);
        assertEquals(Instant.parse("2024-07-24T10:57:02.877297Z"), precise.occurredAt());
        assertEquals("2024-07-24T10:57:02.877297Z", precise.occurredAtText());
        assertEquals("123456789", precise.extra().get("timestamp"), "a timestamp at odds with datetime is kept");
        assertEquals("timestamptest1", precise.extra().get("data_type"));
    }

    @Test
    void acceptsPlasoDatetimeWithASpaceAndKeepsMultiLineFields() {
        importInto("ACC-2", TimelineFixtures.sample("evtx_part.csv", dir));
        Event first = eventAtLine("ACC-2", 2);
        assertEquals(Instant.parse("2012-03-14T04:17:38.276340Z"), first.occurredAt());
        assertEquals("2012-03-14 04:17:38.276340+00:00", first.occurredAtText());
        assertTrue(first.extra().get("xml_string").startsWith("<Event xmlns=\"http://schemas.microsoft.com"));
        assertTrue(first.extra().get("xml_string").contains("\n  <System>"));
        assertEquals("Content Modification Time", first.extra().get("timestamp_desc"));
    }

    @Test
    void readsJsonLinesWhoseFieldsVaryAndWhoseTimestampIsNumberOrString() {
        importInto("ACC-2", TimelineFixtures.sample("sigma_events.jsonl", dir));
        Event first = eventAtLine("ACC-2", 1);
        assertEquals(Instant.parse("2015-07-24T19:01:01Z"), first.occurredAt());
        assertEquals("123456789", first.extra().get("timestamp"));
        Event last = eventAtLine("ACC-2", 5);
        assertEquals("DESKTOP-B0TAAAA", last.extra().get("computer_name"));
        assertFalse(last.extra().containsKey("timestamp"), "its string timestamp agrees with its datetime");
        assertEquals("Creation Time", last.extra().get("timestamp_desc"));
    }

    @Test
    void usesTheEpochMicrosecondTimestampWhenDatetimeIsMissing() throws Exception {
        Path file = write("no-datetime.csv", "message,timestamp,timestamp_desc\nx,1331698658276340,Write time\n");
        importInto("ACC-1", file);
        Event event = TimelineFixtures.events(caseFile, "ACC-1").get(0).event();
        assertEquals(Instant.parse("2012-03-14T04:17:38.276340Z"), event.occurredAt());
        assertEquals("2012-03-14T04:17:38.276340Z", event.occurredAtText());
    }

    @Test
    void recordsTheCustodyOfTheTimeline() throws Exception {
        Path file = TimelineFixtures.sample("sigma_events.csv", dir);
        TimelineImportReport report = importInto("ACC-2", file);
        assertEquals("a94eb196250833b0546b5149894a18ca2842198d69aab7a7139d85f7cafbd7f2", report.sha256());
        assertEquals(Files.size(file), report.sizeBytes());
        assertEquals("timesketch", CaseState.latestImportColumn(caseFile, "format"));
        assertEquals("strict", CaseState.latestImportColumn(caseFile, "mode"));
        JsonNode manifest = new ObjectMapper().readTree(CaseState.latestImportColumn(caseFile, "manifest_json"));
        assertEquals("timesketch", manifest.get("source").asText());
        assertEquals("sigma_events.csv", manifest.get("file").asText());
        assertEquals("ACC-2", manifest.get("account_id").asText());
        var record = new CaseSummaryStore(caseFile).summary().imports().get(1);
        assertEquals("sigma_events.csv", record.bundleName());
        assertEquals(4, record.files().get(0).rows());
        assertEquals(report.sha256(), record.files().get(0).sha256());
    }

    @Test
    void reimportingTheSameFileChangesNothingAndSaysSo() {
        Path file = TimelineFixtures.sample("sigma_events.csv", dir);
        importInto("ACC-2", file);
        Map<String, Integer> before = CaseState.rowCounts(caseFile);
        TimelineImportReport again = importInto("ACC-2", file);
        assertTrue(again.alreadyImported());
        assertNull(again.importId());
        assertTrue(again.text().contains("already imported"), again.text());
        assertEquals(before, CaseState.rowCounts(caseFile));
    }

    @Test
    void refusesADatetimeWithoutOffsetNamingFileLineAndColumn() throws Exception {
        Path file = write("no-offset.csv", "message,datetime,timestamp_desc\nok,2024-05-30T14:00:00Z,t\n"
                + "bad,2024-05-30 14:00:00,t\n");
        List<ImportProblem> problems = refused("ACC-1", file);
        assertEquals(1, problems.size());
        assertEquals("no-offset.csv:3: datetime: \"2024-05-30 14:00:00\" has no offset: give Z or ±hh:mm (RFC 3339)",
                problems.get(0).toString());
    }

    @Test
    void refusesARowWithNoTimeAndABadAmountListingBoth() throws Exception {
        Path file = write("bad.jsonl", "{\"message\":\"no time\"}\n"
                + "{\"datetime\":\"2024-05-30T14:00:00Z\",\"amount\":\"1,5\"}\n");
        List<ImportProblem> problems = refused("ACC-1", file);
        assertEquals(2, problems.size());
        assertTrue(problems.get(0).toString().startsWith("bad.jsonl:1: datetime: is required"), problems.toString());
        assertTrue(problems.get(1).toString().startsWith("bad.jsonl:2: amount: \"1,5\" is not a decimal number"),
                problems.toString());
    }

    @Test
    void refusesAnAccountNotInTheCase() {
        List<ImportProblem> problems = refused("ACC-404", TimelineFixtures.sample("sigma_events.csv", dir));
        assertTrue(problems.isEmpty());
        InputRefusedException e = assertThrows(InputRefusedException.class,
                () -> importInto("ACC-404", dir.resolve("sigma_events.csv")));
        assertTrue(e.getMessage().contains("Account ACC-404 is not in the case"), e.getMessage());
    }

    @Test
    void refusesAnEventIdAlreadyInTheCaseWithDifferentContent() throws Exception {
        Path file = write("changed.csv", "event_id,occurred_at,type,outcome,asset,amount,address\n"
                + "E2,2024-05-30T14:00:00Z,WITHDRAWAL,success,BTC,0.5,bc1qATTACKER\n");
        List<ImportProblem> problems = refused("ACC-1", file);
        assertTrue(problems.get(0).toString().startsWith(
                "changed.csv:2: event_id: \"E2\" is already in the case with different content"), problems.toString());
    }

    @Test
    void refusesAFileThatIsNeitherCsvNorJsonLines() throws Exception {
        Path file = write("timeline.txt", "message,datetime\n");
        Map<String, Integer> before = CaseState.rowCounts(caseFile);
        InputRefusedException e = assertThrows(InputRefusedException.class, () -> importInto("ACC-1", file));
        assertTrue(e.getMessage().contains(".csv or .jsonl"), e.getMessage());
        assertEquals(before, CaseState.rowCounts(caseFile));
    }
}
