package io.ledgerline.store;

import static io.ledgerline.store.jooq.Tables.ACCOUNTS;
import static io.ledgerline.store.jooq.Tables.EVENTS;
import static io.ledgerline.store.jooq.Tables.LEGAL_REQUESTS;
import static io.ledgerline.store.jooq.Tables.PRICES;

import io.ledgerline.domain.EpochMicros;
import io.ledgerline.domain.EventFacts;
import io.ledgerline.domain.EventType;
import io.ledgerline.domain.LocatedEvent;
import io.ledgerline.domain.Outcome;
import io.ledgerline.domain.Price;
import io.ledgerline.domain.Verification;
import io.ledgerline.domain.LedgerlineException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
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
import io.ledgerline.store.jooq.tables.Events;
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

    /**
     * The events a playbook finding can come from, streamed as {@link #forEachEvent(int, IntFunction)} streams them. On
     * a case file that is every event: one ordered pass is the fastest way there. On a server, shipping every row to
     * this machine costs more than the rules, so set-based SQL first picks the accounts that can hold a finding — a
     * successful {@code WITHDRAWAL} less than {@code freshAddressAge} after a successful {@code ADDRESS_ADDED} of the
     * same address (R3, without which an account is no suspected takeover), or a {@code DATA_DISCLOSURE} (R4) — and
     * only their events are streamed, to the same rules: the same result by construction, as the pick is looser than
     * the rules.
     */
    public void forEachEventThatCanHit(int parts, Duration freshAddressAge,
            IntFunction<Consumer<EventFacts>> sinkForPart) {
        if (!caseFile.shared()) {
            forEachEvent(parts, sinkForPart);
            return;
        }
        // One read transaction for the pick and every event read after it: one snapshot of the server case, so a
        // colleague's import during the analysis is either wholly in it or wholly out.
        try {
            caseFile.withReader(connection -> {
                List<String> accounts = accountsThatCanHit(connection, freshAddressAge);
                List<Condition> slices = new ArrayList<>();
                int size = Math.max(1, (accounts.size() + parts - 1) / parts);
                for (int from = 0; from < accounts.size(); from += size) {
                    slices.add(EVENTS.ACCOUNT_ID.in(accounts.subList(from, Math.min(accounts.size(), from + size))
                            .stream().map(DSL::inline).toList()));
                }
                if (slices.isEmpty()) {
                    // No account can hit a rule: one empty part, so the caller's sinks see the same shape as ever.
                    slices.add(DSL.falseCondition());
                }
                for (int i = 0; i < slices.size(); i++) {
                    Consumer<EventFacts> sink = sinkForPart.apply(i);
                    readRange(connection, slices.get(i), false, (facts, country) -> sink.accept(facts));
                }
            });
        } catch (SQLException e) {
            throw new LedgerlineException("Reading the case's events failed: " + e.getMessage(), e);
        }
    }

    /** The accounts {@link #forEachEventThatCanHit} streams, in one statement run on the server. */
    private List<String> accountsThatCanHit(Connection connection, Duration freshAddressAge) throws SQLException {
        Events withdrawal = EVENTS.as("w");
        Events added = EVENTS.as("a");
        String success = Outcome.SUCCESS.code();
        // rounded up: times are whole microseconds, and the pick must never be narrower than the rule
        long ageMicros = (freshAddressAge.toNanos() + 999) / 1_000;
        String sql = caseFile.dsl().renderInlined(caseFile.dsl()
                .select(withdrawal.ACCOUNT_ID).from(withdrawal)
                .join(added).on(added.ACCOUNT_ID.eq(withdrawal.ACCOUNT_ID), added.ADDRESS.eq(withdrawal.ADDRESS))
                .where(withdrawal.TYPE.eq(EventType.WITHDRAWAL.name()), withdrawal.OUTCOME.eq(success),
                        added.TYPE.eq(EventType.ADDRESS_ADDED.name()), added.OUTCOME.eq(success),
                        added.OCCURRED_AT.le(withdrawal.OCCURRED_AT),
                        withdrawal.OCCURRED_AT.lt(added.OCCURRED_AT.plus(DSL.inline(ageMicros))))
                .union(caseFile.dsl().select(EVENTS.ACCOUNT_ID).from(EVENTS)
                        .where(EVENTS.TYPE.eq(EventType.DATA_DISCLOSURE.name()))));
        List<String> accounts = new ArrayList<>();
        try (java.sql.Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                accounts.add(rs.getString(1));
            }
        }
        return accounts;
    }

    private <T> void forEach(int parts, IntFunction<Consumer<T>> sinkForPart, boolean loginCountry,
            BiFunction<EventFacts, String, T> make) {
        List<String> bounds = accountBoundaries(parts);
        List<Condition> ranges = new ArrayList<>();
        for (int i = 0; i <= bounds.size(); i++) {
            Condition range = DSL.noCondition();
            if (i > 0) {
                range = range.and(EVENTS.ACCOUNT_ID.ge(DSL.inline(bounds.get(i - 1))));
            }
            if (i < bounds.size()) {
                range = range.and(EVENTS.ACCOUNT_ID.lt(DSL.inline(bounds.get(i))));
            }
            ranges.add(range);
        }
        read(ranges, sinkForPart, loginCountry, make);
    }

    /** Reads each disjoint set of accounts on its own connection and thread, into its own sink. */
    private <T> void read(List<Condition> accountSets, IntFunction<Consumer<T>> sinkForPart, boolean loginCountry,
            BiFunction<EventFacts, String, T> make) {
        List<Callable<Void>> readers = new ArrayList<>();
        for (int i = 0; i < accountSets.size(); i++) {
            Condition accounts = accountSets.get(i);
            Consumer<T> sink = sinkForPart.apply(i);
            readers.add(() -> {
                caseFile.withReader(connection -> readRange(connection, accounts, loginCountry,
                        (facts, country) -> sink.accept(make.apply(facts, country))));
                return null;
            });
        }
        runAll(readers);
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

    private void readRange(Connection connection, Condition range, boolean loginCountry,
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
