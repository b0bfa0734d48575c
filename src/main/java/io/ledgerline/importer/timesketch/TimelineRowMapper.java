package io.ledgerline.importer.timesketch;

import io.ledgerline.domain.Event;
import io.ledgerline.domain.EventType;
import io.ledgerline.domain.ImportProblem;
import io.ledgerline.domain.Outcome;
import io.ledgerline.importer.ColumnSpec;
import io.ledgerline.importer.ContentHash;
import io.ledgerline.importer.FileColumns;
import io.ledgerline.importer.check.Amounts;
import io.ledgerline.importer.read.SourceRow;
import io.ledgerline.store.EvidenceRow;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One timeline row to one event of the account named on the command line. Ledgerline's own columns (present when the
 * timeline was exported by Ledgerline) are checked as in a case export; Timesketch's columns and any other are kept
 * in the event's extra map, except those that only repeat what export derives (see {@link TimelineColumns}).
 */
final class TimelineRowMapper {

    /** Type of an event a timeline gives no Ledgerline type for: category other, its Timesketch fields in extra. */
    static final String TIMESKETCH_TYPE = "TIMESKETCH";

    private final String fileName;
    private final String accountId;
    /** How often each content id has come up in this file so far: identical rows stay distinct events. */
    private final Map<String, Integer> seen = new HashMap<>();

    TimelineRowMapper(String fileName, String accountId) {
        this.fileName = fileName;
        this.accountId = accountId;
    }

    /** The row as evidence, or null when {@code problems} received why not. */
    EvidenceRow<Event> map(SourceRow row, List<ImportProblem> problems) {
        if (row.shapeProblem() != null) {
            problems.add(new ImportProblem(fileName, row.line(), null, row.shapeProblem()));
            return null;
        }
        int before = problems.size();
        Map<String, String> values = row.values().asMap();
        for (ColumnSpec column : TimelineColumns.CHECKED) {
            String value = text(values, column.name());
            if (value != null) {
                column.check().problemWith(value).ifPresent(reason -> problem(problems, row, column.name(), reason));
            }
        }
        String account = text(values, "account_id");
        if (account != null && !account.equals(accountId)) {
            problem(problems, row, "account_id", "\"" + account + "\" is not the account imported into ("
                    + accountId + ")");
        }
        TimeSource time = time(values, row, problems);
        if (problems.size() > before) {
            return null;
        }
        return toEvidence(row, time);
    }

    private EvidenceRow<Event> toEvidence(SourceRow row, TimeSource time) {
        Map<String, String> values = row.values().asMap();
        String eventId = text(values, "event_id");
        if (eventId == null) {
            eventId = derivedId(values);
        }
        String type = text(values, "type");
        if (type == null) {
            type = TIMESKETCH_TYPE;
        }
        String outcome = text(values, "outcome");
        Event bare = new Event(eventId, accountId, time.instant(), time.text(), type, EventType.categoryOf(type),
                outcome == null ? Outcome.SUCCESS : Outcome.parse(outcome).orElseThrow(), text(values, "ip"),
                text(values, "device_id"), text(values, "user_agent"), text(values, "country"),
                text(values, "channel"), text(values, "asset"), amount(values, "amount"), amount(values, "fee"),
                text(values, "address"), text(values, "network"), text(values, "tx_hash"), text(values, "ref"),
                text(values, "details"), Map.of(), row.line());
        Map<String, String> extra = extra(values, bare, time.column());
        Event event = new Event(bare.eventId(), bare.accountId(), bare.occurredAt(), bare.occurredAtText(),
                bare.type(), bare.category(), bare.outcome(), bare.ip(), bare.deviceId(), bare.userAgent(),
                bare.country(), bare.channel(), bare.asset(), bare.amount(), bare.fee(), bare.address(),
                bare.network(), bare.txHash(), bare.ref(), bare.details(), extra, bare.sourceLine());
        return new EvidenceRow<>(event, contentHash(values, event), row.line());
    }

    /**
     * The id of a row that brings none: {@code ts-} and a digest of the account and the row's columns and values, then
     * {@code -2}, {@code -3}… for the second, third identical row of the file. It depends on what the row says, not on
     * the file's bytes, so the same timeline imported again — gzipped, re-saved, with its rows in another order — finds
     * its events already there (duplicates), while two identical rows of one file stay two events.
     */
    private String derivedId(Map<String, String> values) {
        Map<String, String> content = new HashMap<>(values);
        content.put("", accountId); // no column is named "": the account imported into cannot collide with one
        String digest = ContentHash.of(Map.of(), content, List.of()).substring(0, 20);
        int occurrence = seen.merge(digest, 1, Integer::sum);
        return "ts-" + digest + (occurrence == 1 ? "" : "-" + occurrence);
    }

    /** Columns that are not event fields, less derived ones that say nothing new, and less the time source. */
    private static Map<String, String> extra(Map<String, String> values, Event bare, String timeColumn) {
        Map<String, String> derived = TimelineColumns.derived(bare);
        Map<String, String> extra = new LinkedHashMap<>();
        values.forEach((column, value) -> {
            if (TimelineColumns.EVENT_FIELDS.contains(column) || column.equals(timeColumn)) {
                return;
            }
            if (TimelineColumns.isDerived(column)
                    && TimelineColumns.matchesDerived(column, value, bare.occurredAt(), derived)) {
                return;
            }
            extra.put(column, value);
        });
        return extra;
    }

    /**
     * Hashed as a case export row with the same text would be, so an event exported by Ledgerline and imported
     * back is a duplicate of itself, not a conflict.
     */
    private static String contentHash(Map<String, String> values, Event event) {
        Map<String, String> contract = new HashMap<>(values);
        contract.put("event_id", event.eventId());
        contract.put("account_id", event.accountId());
        contract.put("occurred_at", event.occurredAtText());
        contract.put("type", event.type());
        return ContentHash.of(contract, event.extra(), FileColumns.EVENTS);
    }

    /** When: Ledgerline's occurred_at if given, else Timesketch's datetime, else its timestamp. */
    private TimeSource time(Map<String, String> values, SourceRow row, List<ImportProblem> problems) {
        for (String column : List.of("occurred_at", TimelineColumns.DATETIME)) {
            String text = text(values, column);
            if (text != null) {
                try {
                    return new TimeSource(column, TimesketchTime.parseDatetime(text), text);
                } catch (IllegalArgumentException e) {
                    problem(problems, row, column, e.getMessage());
                    return null;
                }
            }
        }
        String micros = text(values, TimelineColumns.TIMESTAMP);
        if (micros == null) {
            problem(problems, row, TimelineColumns.DATETIME, "is required (or timestamp, in epoch microseconds)");
            return null;
        }
        try {
            Instant instant = TimesketchTime.parseMicros(micros);
            // the digits carry no zone to keep: the RFC 3339 text of the same microsecond stands for them
            return new TimeSource(TimelineColumns.TIMESTAMP, instant, TimesketchTime.formatDatetime(instant));
        } catch (IllegalArgumentException e) {
            problem(problems, row, TimelineColumns.TIMESTAMP, e.getMessage());
            return null;
        }
    }

    private void problem(List<ImportProblem> problems, SourceRow row, String column, String reason) {
        problems.add(new ImportProblem(fileName, row.line(), column, reason));
    }

    private static String text(Map<String, String> values, String column) {
        String value = values.get(column);
        return value == null || value.isEmpty() ? null : value;
    }

    private static BigDecimal amount(Map<String, String> values, String column) {
        String value = text(values, column);
        return value == null ? null : Amounts.parse(value);
    }

    /** The column that said when, the instant, and the text kept as the event's original timestamp. */
    private record TimeSource(String column, Instant instant, String text) {
    }
}
