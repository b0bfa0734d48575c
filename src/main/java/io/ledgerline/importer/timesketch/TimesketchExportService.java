package io.ledgerline.importer.timesketch;

import io.ledgerline.domain.Event;
import io.ledgerline.domain.InputRefusedException;
import io.ledgerline.domain.LedgerlineException;
import io.ledgerline.domain.Progress;
import io.ledgerline.store.AccountStore;
import io.ledgerline.store.CaseFile;
import io.ledgerline.store.ImportStore;
import io.ledgerline.store.StoredEvent;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;

/**
 * Writes one account's events as a Timesketch timeline (CSV, or JSON Lines when the file name ends in .jsonl; .gz
 * compresses either): Timesketch's message, datetime, timestamp and timestamp_desc first, then every Ledgerline
 * field, then the events' extra columns. Reads the case a page at a time; runs on the caller's thread.
 */
public final class TimesketchExportService {

    private static final int PAGE = 10_000;

    /**
     * @param out the file to write; replaced whole only when the export succeeds
     * @throws InputRefusedException when the account is not in the case
     */
    public TimelineExportReport exportTimeline(CaseFile caseFile, String accountId, Path out, Progress progress) {
        if (!new ImportStore(caseFile).accountIds().contains(accountId)) {
            throw new InputRefusedException("Account " + accountId + " is not in the case " + caseFile.displayName()
                    + ". Nothing was written.");
        }
        AccountStore store = new AccountStore(caseFile);
        List<String> columns = columns(store, accountId);
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean gzip = name.endsWith(".gz");
        boolean jsonLines = (gzip ? name.substring(0, name.length() - 3) : name).endsWith(".jsonl");
        Path partial = out.resolveSibling(out.getFileName() + ".partial");
        long[] rows = {0};
        try {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (Writer writer = open(partial, gzip);
                    TimelineRowWriter rowWriter = TimelineRowWriter.open(writer, columns, jsonLines)) {
                forEachEvent(store, accountId, event -> {
                    try {
                        rowWriter.write(row(event));
                    } catch (IOException e) {
                        throw new ExportFailed(e);
                    }
                    if (++rows[0] % PAGE == 0) {
                        progress.checkCancelled();
                        progress.update(rows[0], 0, "Writing " + out.getFileName());
                    }
                });
            }
            Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | ExportFailed e) {
            throw new LedgerlineException("Cannot write " + out + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(partial);
        }
        return new TimelineExportReport(out, accountId, rows[0], columns);
    }

    /** The fixed columns, then each extra column in the order first seen, less those the fixed ones already are. */
    private static List<String> columns(AccountStore store, String accountId) {
        List<String> fixed = TimelineColumns.fixed();
        Set<String> columns = new LinkedHashSet<>(fixed);
        forEachEvent(store, accountId, event -> columns.addAll(event.extra().keySet()));
        return new ArrayList<>(columns);
    }

    /** A page at a time, so an account with a million events never sits in memory whole. */
    private static void forEachEvent(AccountStore store, String accountId, Consumer<Event> action) {
        for (int offset = 0; ; offset += PAGE) {
            List<StoredEvent> page = store.events(accountId, offset, PAGE);
            page.forEach(stored -> action.accept(stored.event()));
            if (page.size() < PAGE) {
                return;
            }
        }
    }

    /** One event's row: derived columns unless the event carries its own (it came from Timesketch), then fields. */
    static Map<String, String> row(Event e) {
        Map<String, String> row = new LinkedHashMap<>(TimelineColumns.derived(e));
        row.put("event_id", e.eventId());
        row.put("account_id", e.accountId());
        row.put("occurred_at", e.occurredAtText());
        row.put("type", e.type());
        row.put("outcome", e.outcome().code());
        row.put("ip", e.ip());
        row.put("device_id", e.deviceId());
        row.put("user_agent", e.userAgent());
        row.put("country", e.country());
        row.put("channel", e.channel());
        row.put("asset", e.asset());
        row.put("amount", e.amount() == null ? null : e.amount().toPlainString());
        row.put("fee", e.fee() == null ? null : e.fee().toPlainString());
        row.put("address", e.address());
        row.put("network", e.network());
        row.put("tx_hash", e.txHash());
        row.put("ref", e.ref());
        row.put("details", e.details());
        e.extra().forEach((column, value) -> {
            if (!TimelineColumns.EVENT_FIELDS.contains(column)) {
                row.put(column, value);
            }
        });
        row.values().removeIf(v -> v == null);
        return row;
    }

    private static Writer open(Path file, boolean gzip) throws IOException {
        var stream = Files.newOutputStream(file);
        return new BufferedWriter(new OutputStreamWriter(gzip ? new GZIPOutputStream(stream) : stream,
                StandardCharsets.UTF_8), 64 * 1024);
    }

    private static void deleteQuietly(Path partial) {
        try {
            Files.deleteIfExists(partial);
        } catch (IOException e) {
            throw new LedgerlineException("Cannot remove the unfinished file " + partial + ": " + e.getMessage(), e);
        }
    }

    /** Carries a write failure out of the row callback. */
    private static final class ExportFailed extends RuntimeException {
        ExportFailed(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
