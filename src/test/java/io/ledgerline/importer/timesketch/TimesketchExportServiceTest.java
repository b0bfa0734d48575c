package io.ledgerline.importer.timesketch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerline.domain.Event;
import io.ledgerline.domain.InputRefusedException;
import io.ledgerline.domain.Progress;
import io.ledgerline.store.CaseFile;
import io.ledgerline.store.CaseState;
import io.ledgerline.store.StoredEvent;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimesketchExportServiceTest {

    @TempDir
    Path dir;
    final TimesketchExportService exporter = new TimesketchExportService();
    final TimesketchImportService importer = new TimesketchImportService();

    private static List<CSVRecord> readCsv(Path file) throws Exception {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }

    private static List<Event> eventsOf(CaseFile caseFile, String accountId) {
        return TimelineFixtures.events(caseFile, accountId).stream().map(StoredEvent::event).toList();
    }

    @Test
    void writesTimesketchColumnsFirstWithAReadableMessageAndUtcMicroseconds() throws Exception {
        try (CaseFile a = TimelineFixtures.caseWithBundle(dir, "a")) {
            Path out = dir.resolve("acc-1.csv");
            TimelineExportReport report = exporter.exportTimeline(a, "ACC-1", out, Progress.NONE);
            assertEquals(2, report.rows());
            assertEquals(List.of("message", "datetime", "timestamp", "timestamp_desc", "event_id", "account_id",
                    "occurred_at", "type", "category"), report.columns().subList(0, 9));
            CSVRecord withdrawal = readCsv(out).get(1);
            assertEquals("WITHDRAWAL success 0.5 BTC to bc1qx from 10.0.0.1 (dev-a)", withdrawal.get("message"));
            assertEquals("2024-05-30T14:00:00.000000Z", withdrawal.get("datetime"));
            assertEquals("1717077600000000", withdrawal.get("timestamp"));
            assertEquals("WITHDRAWAL", withdrawal.get("timestamp_desc"));
            assertEquals("funds", withdrawal.get("category"));
            assertEquals("0.0001", withdrawal.get("fee"));
            CSVRecord login = readCsv(out).get(0);
            assertEquals("2024-05-30T13:14:03.250000Z", login.get("datetime"));
            assertEquals("2024-05-30T21:14:03.250+08:00", login.get("occurred_at"));
            assertFalse(Files.readString(out).contains("\r"), "LF line ends");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"acc-1.csv", "acc-1.jsonl", "acc-1.csv.gz"})
    void ledgerlineToTimesketchToLedgerlineGivesBackTheSameEvents(String name) {
        Path out = dir.resolve(name);
        try (CaseFile a = TimelineFixtures.caseWithBundle(dir, "a")) {
            exporter.exportTimeline(a, "ACC-1", out, Progress.NONE);
            Map<String, Integer> before = CaseState.rowCounts(a);
            TimelineImportReport back = importer.importTimeline(out, a, "ACC-1", Progress.NONE);
            assertTrue(back.changedNothing(), "every exported event is already in case A");
            assertEquals(2, back.duplicates());
            assertEquals(before, CaseState.rowCounts(a));

            try (CaseFile b = TimelineFixtures.caseWithAccountsOnly(dir, "b")) {
                TimelineImportReport intoB = importer.importTimeline(out, b, "ACC-1", Progress.NONE);
                assertEquals(2, intoB.rowsImported());
                List<Event> original = eventsOf(a, "ACC-1");
                List<Event> copied = eventsOf(b, "ACC-1");
                assertEquals(original.size(), copied.size());
                for (int i = 0; i < original.size(); i++) {
                    Event x = original.get(i);
                    Event y = copied.get(i);
                    assertEquals(x.eventId(), y.eventId());
                    assertEquals(x.occurredAt(), y.occurredAt());
                    assertEquals(x.occurredAtText(), y.occurredAtText());
                    assertEquals(x.type(), y.type());
                    assertEquals(x.category(), y.category());
                    assertEquals(x.outcome(), y.outcome());
                    assertEquals(x.address(), y.address());
                    assertEquals(x.ip(), y.ip());
                    assertEquals(x.deviceId(), y.deviceId());
                    assertEquals(x.extra(), y.extra());
                    assertEquals(0, x.amount() == null ? (y.amount() == null ? 0 : 1) : x.amount().compareTo(
                            y.amount()), "amount of " + x.eventId());
                }
            }
        }
    }

    @Test
    void timesketchToLedgerlineToTimesketchKeepsMessageTimeDescriptionAndExtraFields() throws Exception {
        Path input = TimelineFixtures.sample("sigma_events.csv", dir);
        Path out = dir.resolve("again.csv");
        try (CaseFile a = TimelineFixtures.caseWithBundle(dir, "a")) {
            importer.importTimeline(input, a, "ACC-2", Progress.NONE);
            exporter.exportTimeline(a, "ACC-2", out, Progress.NONE);
            List<CSVRecord> sent = readCsv(input);
            List<CSVRecord> back = readCsv(out).stream().filter(r -> r.get("type").equals("TIMESKETCH")).toList();
            assertEquals(sent.size(), back.size());
            for (int i = 0; i < sent.size(); i++) {
                CSVRecord s = sent.get(i);
                CSVRecord b = back.get(i);
                assertEquals(s.get("message"), b.get("message"));
                assertEquals(TimesketchTime.parseDatetime(s.get("datetime")),
                        TimesketchTime.parseDatetime(b.get("datetime")));
                assertEquals(s.get("timestamp"), b.get("timestamp"));
                assertEquals(s.get("timestamp_desc"), b.get("timestamp_desc"));
                assertEquals(s.get("extra_field_1"), b.get("extra_field_1"));
                assertEquals(s.get("packages"), b.get("packages"));
            }
            assertEquals(Instant.parse("2015-07-24T19:01:01Z"),
                    TimesketchTime.parseDatetime(back.get(0).get("datetime")));

            Map<String, Integer> before = CaseState.rowCounts(a);
            TimelineImportReport again = importer.importTimeline(out, a, "ACC-2", Progress.NONE);
            assertTrue(again.changedNothing(), "the export of imported events holds nothing new");
            assertEquals(before, CaseState.rowCounts(a));
        }
    }

    @Test
    void refusesAnAccountNotInTheCaseAndWritesNoFile() {
        Path out = dir.resolve("nobody.csv");
        try (CaseFile a = TimelineFixtures.caseWithBundle(dir, "a")) {
            InputRefusedException e = assertThrows(InputRefusedException.class,
                    () -> exporter.exportTimeline(a, "ACC-404", out, Progress.NONE));
            assertTrue(e.getMessage().contains("ACC-404"), e.getMessage());
        }
        assertFalse(Files.exists(out));
    }
}
