package io.ledgerline.store;

import static io.ledgerline.store.jooq.Tables.ACCOUNTS;
import static io.ledgerline.store.jooq.Tables.EVENTS;
import static io.ledgerline.store.jooq.Tables.LEGAL_REQUESTS;
import static io.ledgerline.store.jooq.Tables.PRICES;

import io.ledgerline.domain.EpochMicros;
import io.ledgerline.domain.EventFacts;
import io.ledgerline.domain.LocatedEvent;
import io.ledgerline.domain.Outcome;
import io.ledgerline.domain.Price;
import io.ledgerline.domain.Verification;
import io.ledgerline.domain.LedgerlineException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.ResultQuery;
import org.jooq.impl.DSL;

/**
 * What the account-takeover playbook reads, in sets: every event in one ordered pass, and the case's prices and legal
 * requests once. Callers run it off the UI thread.
 */
public final class PlaybookStore {

    /** Rows the driver fetches per round trip while streaming. */
    private static final int FETCH_SIZE = 10_000;

    private final CaseFile caseFile;

    public PlaybookStore(CaseFile caseFile) {
        this.caseFile = caseFile;
    }

    /**
     * Streams every event of the case, ordered by account id, then time, then import order, in {@code parts} disjoint
     * ranges of accounts read at once over separate read connections (SQLite serves concurrent readers; the machines
     * have two cores). {@code sinkForPart} gives each range its own consumer, called from that range's thread; every
     * account's events reach exactly one consumer, in order. Memory stays flat: rows are read lazily.
     */
    public void forEachEvent(int parts, IntFunction<Consumer<EventFacts>> sinkForPart) {
        forEach(parts, sinkForPart, false, (facts, country) -> facts);
    }

    /**
     * As {@link #forEachEvent(int, IntFunction)}, each event with the country of a {@code LOGIN} (null for other
     * types): what the remediation what-if reads besides the playbook's columns.
     */
    public void forEachLocatedEvent(int parts, IntFunction<Consumer<LocatedEvent>> sinkForPart) {
        forEach(parts, sinkForPart, true, LocatedEvent::new);
    }

    private <T> void forEach(int parts, IntFunction<Consumer<T>> sinkForPart, boolean loginCountry,
            BiFunction<EventFacts, String, T> make) {
        List<String> bounds = accountBoundaries(parts);
        List<Callable<Void>> ranges = new ArrayList<>();
        for (int i = 0; i <= bounds.size(); i++) {
            String from = i == 0 ? null : bounds.get(i - 1);
            String to = i == bounds.size() ? null : bounds.get(i);
            Consumer<T> sink = sinkForPart.apply(i);
            ranges.add(() -> {
                caseFile.withReader(connection -> readRange(connection, from, to, loginCountry,
                        (facts, country) -> sink.accept(make.apply(facts, country))));
                return null;
            });
        }
        runAll(ranges);
    }

    /** Streams every event of the case to {@code sink} on the calling thread (see the parallel form). */
    public void forEachEvent(Consumer<EventFacts> sink) {
        forEachEvent(1, part -> sink);
    }

    /** Account ids that cut the accounts into {@code parts} ranges of about equal size (fewer for few accounts). */
    private List<String> accountBoundaries(int parts) {
        int accounts = caseFile.dsl().fetchCount(ACCOUNTS);
        List<String> bounds = new ArrayList<>();
        for (int i = 1; i < parts && accounts >= parts * 2; i++) {
            bounds.add(caseFile.dsl().select(ACCOUNTS.ACCOUNT_ID).from(ACCOUNTS).orderBy(ACCOUNTS.ACCOUNT_ID)
                    .limit(1).offset(accounts * i / parts).fetchOne(ACCOUNTS.ACCOUNT_ID));
        }
        return bounds;
    }

    private void readRange(Connection connection, String from, String to, boolean loginCountry,
            BiConsumer<EventFacts, String> sink) throws SQLException {
        // The query is built with jOOQ but read through the plain ResultSet: a jOOQ Record per row costs more than
        // the rules themselves over a million events (measured with PlaybookBenchmark).
        // Money columns only for withdrawals, addresses only for address-book and withdrawal events, ref only for
        // disclosures: what the rules read. Each text column left NULL saves a string copy per row (the profile of
        // this pass is half SQLite's step, half handing column text across JNI).
        // Values are inlined: the SQL is run as text below, without binding values.
        Condition withdrawal = EVENTS.TYPE.eq(DSL.inline("WITHDRAWAL"));
        Condition hasAddress = EVENTS.TYPE.in(DSL.inline("ADDRESS_ADDED"), DSL.inline("ADDRESS_REMOVED"),
                DSL.inline("WITHDRAWAL"), DSL.inline("WITHDRAWAL_REQUEST"), DSL.inline("WITHDRAWAL_CANCELLED"));
        Condition range = DSL.noCondition();
        if (from != null) {
            range = range.and(EVENTS.ACCOUNT_ID.ge(DSL.inline(from)));
        }
        if (to != null) {
            range = range.and(EVENTS.ACCOUNT_ID.lt(DSL.inline(to)));
        }
        String sql = caseFile.dsl()
                .select(EVENTS.EVENT_ID, EVENTS.ACCOUNT_ID, EVENTS.OCCURRED_AT, EVENTS.TYPE, EVENTS.OUTCOME, EVENTS.IP,
                        EVENTS.DEVICE_ID, DSL.when(withdrawal, EVENTS.ASSET), DSL.when(withdrawal, EVENTS.AMOUNT),
                        DSL.when(withdrawal, EVENTS.FEE), DSL.when(hasAddress, EVENTS.ADDRESS),
                        DSL.when(EVENTS.TYPE.eq(DSL.inline("DATA_DISCLOSURE")), EVENTS.REF),
                        loginCountry ? DSL.when(EVENTS.TYPE.eq(DSL.inline("LOGIN")), EVENTS.COUNTRY)
                                : DSL.inline((String) null))
                .from(EVENTS)
                .where(range)
                .orderBy(EVENTS.ACCOUNT_ID, EVENTS.OCCURRED_AT, EVENTS.ID)
                .getSQL();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setFetchSize(FETCH_SIZE);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    sink.accept(new EventFacts(rs.getString(1), rs.getString(2),
                            EpochMicros.toInstant(rs.getLong(3)), rs.getString(4),
                            Outcome.parse(rs.getString(5)).orElseThrow(), rs.getString(6), rs.getString(7),
                            rs.getString(8), decimal(rs.getString(9)), decimal(rs.getString(10)),
                            rs.getString(11), rs.getString(12)), rs.getString(13));
                }
            }
        }
    }

    /** Runs the ranges, all but the first on helper threads; the first failure is rethrown as it was. */
    private static void runAll(List<Callable<Void>> ranges) {
        if (ranges.size() == 1) {
            call(ranges.get(0));
            return;
        }
        ExecutorService helpers = Executors.newFixedThreadPool(ranges.size() - 1, r -> {
            Thread t = new Thread(r, "ledgerline-playbook-reader");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Void>> others = new ArrayList<>();
            for (Callable<Void> range : ranges.subList(1, ranges.size())) {
                others.add(helpers.submit(range));
            }
            call(ranges.get(0));
            for (Future<Void> other : others) {
                other.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LedgerlineException("The analysis was interrupted.", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new LedgerlineException("Reading the case failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            helpers.shutdownNow();
        }
    }

    private static void call(Callable<Void> range) {
        try {
            range.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new LedgerlineException("Reading the case failed: " + e.getMessage(), e);
        }
    }

    private static BigDecimal decimal(String text) {
        return text == null ? null : new BigDecimal(text);
    }

    /** Every USD price of the case. */
    public List<Price> prices() {
        return caseFile.dsl()
                .select(PRICES.ASSET, PRICES.AT, PRICES.AT_TEXT, PRICES.USD, PRICES.SOURCE_LINE)
                .from(PRICES)
                .fetch(r -> new Price(r.value1(), EpochMicros.toInstant(r.value2()), r.value3(), r.value4(), Map.of(),
                        r.value5()));
    }

    /** Every legal request's verification, by request id. */
    public Map<String, Verification> verificationByRequest() {
        Map<String, Verification> result = new HashMap<>();
        caseFile.dsl().select(LEGAL_REQUESTS.REQUEST_ID, LEGAL_REQUESTS.VERIFICATION).from(LEGAL_REQUESTS)
                .forEach(r -> result.put(r.value1(), Verification.parse(r.value2()).orElseThrow()));
        return result;
    }
}
