package io.ledgerline.store;

import static io.ledgerline.store.jooq.Tables.EVENTS;
import static io.ledgerline.store.jooq.Tables.IMPORT_FILES;

import io.ledgerline.domain.EpochMicros;
import io.ledgerline.domain.EventFacts;
import io.ledgerline.domain.LedgerlineException;
import io.ledgerline.domain.Outcome;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/**
 * What an account's timeline reads: every event of the account in one lean pass (no details, extras or user agent,
 * which only the selected event needs), and one event in full by row id.
 */
public final class TimelineStore {

    private static final int FETCH_SIZE = 10_000;

    private final CaseFile caseFile;

    public TimelineStore(CaseFile caseFile) {
        this.caseFile = caseFile;
    }

    /** Accounts with more events than this are read in two halves at once, one per core. */
    private static final int SPLIT_ABOVE = 20_000;

    /**
     * The account's events in time order (then import order), on read connections of their own: a big account is read
     * as two time ranges in parallel, as selecting it in the app waits on this read.
     */
    public List<TimelineEntry> entries(String accountId) {
        long[] bounds = splitPoint(accountId);
        if (bounds == null) {
            return range(accountId, null, null);
        }
        CompletableFuture<List<TimelineEntry>> later = CompletableFuture.supplyAsync(
                () -> range(accountId, bounds[0], null));
        List<TimelineEntry> all = new ArrayList<>(range(accountId, null, bounds[0]));
        try {
            all.addAll(later.join());
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        return all;
    }

    /** The instant that halves a big account's events, or null for an account read in one go. */
    private long[] splitPoint(String accountId) {
        int count = caseFile.dsl().fetchCount(EVENTS, EVENTS.ACCOUNT_ID.eq(accountId));
        if (count <= SPLIT_ABOVE) {
            return null;
        }
        Long middle = caseFile.dsl().select(EVENTS.OCCURRED_AT).from(EVENTS).where(EVENTS.ACCOUNT_ID.eq(accountId))
                .orderBy(EVENTS.OCCURRED_AT).limit(1).offset(count / 2).fetchOne(EVENTS.OCCURRED_AT);
        return middle == null ? null : new long[] {middle};
    }

    /** Events of the account with {@code from <= occurred_at < to} (null: unbounded), in time then import order. */
    private List<TimelineEntry> range(String accountId, Long from, Long to) {
        Condition where = EVENTS.ACCOUNT_ID.eq(DSL.param("account", String.class));
        if (from != null) {
            where = where.and(EVENTS.OCCURRED_AT.ge(DSL.param("from", Long.class)));
        }
        if (to != null) {
            where = where.and(EVENTS.OCCURRED_AT.lt(DSL.param("to", Long.class)));
        }
        String sql = caseFile.dsl()
                .select(EVENTS.ID, EVENTS.EVENT_ID, EVENTS.OCCURRED_AT, EVENTS.TYPE, EVENTS.OUTCOME, EVENTS.IP,
                        EVENTS.DEVICE_ID, EVENTS.ASSET, EVENTS.AMOUNT, EVENTS.FEE, EVENTS.ADDRESS, EVENTS.REF,
                        EVENTS.COUNTRY)
                .from(EVENTS)
                .where(where)
                .orderBy(EVENTS.OCCURRED_AT, EVENTS.ID)
                .getSQL();
        List<TimelineEntry> entries = new ArrayList<>();
        try {
            caseFile.withReader(connection -> {
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    int p = 1;
                    statement.setString(p++, accountId);
                    if (from != null) {
                        statement.setLong(p++, from);
                    }
                    if (to != null) {
                        statement.setLong(p, to);
                    }
                    statement.setFetchSize(FETCH_SIZE);
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            long micros = rs.getLong(3);
                            entries.add(new TimelineEntry(rs.getLong(1), micros, new EventFacts(rs.getString(2),
                                    accountId, EpochMicros.toInstant(micros), rs.getString(4),
                                    Outcome.parse(rs.getString(5)).orElseThrow(), rs.getString(6), rs.getString(7),
                                    rs.getString(8), decimal(rs.getString(9)), decimal(rs.getString(10)),
                                    rs.getString(11), rs.getString(12)), rs.getString(13)));
                        }
                    }
                }
            });
        } catch (SQLException e) {
            throw new LedgerlineException("Reading the events of " + accountId + " failed: " + e.getMessage(), e);
        }
        return entries;
    }

    /** Every field of the event stored as row {@code rowId}, with the file it came from. */
    public Optional<StoredEvent> event(long rowId) {
        return caseFile.dsl()
                .select(EVENTS.fields()).select(IMPORT_FILES.FILE_NAME)
                .from(EVENTS).join(IMPORT_FILES).on(IMPORT_FILES.ID.eq(EVENTS.IMPORT_FILE_ID))
                .where(EVENTS.ID.eq(Math.toIntExact(rowId)))
                .fetchOptional(r -> new StoredEvent(r.get(EVENTS.ID), AccountStore.toEvent(r.into(EVENTS)),
                        r.get(IMPORT_FILES.FILE_NAME)));
    }

    private static BigDecimal decimal(String text) {
        return text == null ? null : new BigDecimal(text);
    }
}
