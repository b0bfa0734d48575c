package io.ledgerline.store;

import static io.ledgerline.store.jooq.Tables.EVENTS;
import static io.ledgerline.store.jooq.Tables.LEGAL_REQUESTS;
import static io.ledgerline.store.jooq.Tables.PRICES;

import io.ledgerline.domain.EpochMicros;
import io.ledgerline.domain.EventFacts;
import io.ledgerline.domain.Outcome;
import io.ledgerline.domain.Price;
import io.ledgerline.domain.Verification;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
     * Streams every event of the case to {@code sink}, ordered by account id, then time, then import order: one query
     * over the (account_id, occurred_at) index, read lazily, so memory stays flat however big the case.
     */
    public void forEachEvent(Consumer<EventFacts> sink) {
        // The query is built with jOOQ but read through the plain ResultSet: a jOOQ Record per row costs more than
        // the rules themselves over a million events (measured with PlaybookBenchmark).
        // Money columns only for withdrawals, addresses only for address-book and withdrawal events, ref only for
        // disclosures: what the rules read. Each text column left NULL saves a string copy per row (the profile of
        // this pass is half SQLite's step, half handing column text across JNI).
        // inlined: the SQL is run as text below, without binding values
        Condition withdrawal = EVENTS.TYPE.eq(DSL.inline("WITHDRAWAL"));
        Condition hasAddress = EVENTS.TYPE.in(DSL.inline("ADDRESS_ADDED"), DSL.inline("ADDRESS_REMOVED"),
                DSL.inline("WITHDRAWAL"), DSL.inline("WITHDRAWAL_REQUEST"), DSL.inline("WITHDRAWAL_CANCELLED"));
        ResultQuery<?> query = caseFile.dsl()
                .select(EVENTS.EVENT_ID, EVENTS.ACCOUNT_ID, EVENTS.OCCURRED_AT, EVENTS.TYPE, EVENTS.OUTCOME, EVENTS.IP,
                        EVENTS.DEVICE_ID, DSL.when(withdrawal, EVENTS.ASSET), DSL.when(withdrawal, EVENTS.AMOUNT),
                        DSL.when(withdrawal, EVENTS.FEE), DSL.when(hasAddress, EVENTS.ADDRESS),
                        DSL.when(EVENTS.TYPE.eq(DSL.inline("DATA_DISCLOSURE")), EVENTS.REF))
                .from(EVENTS)
                .orderBy(EVENTS.ACCOUNT_ID, EVENTS.OCCURRED_AT, EVENTS.ID);
        String sql = query.getSQL();
        caseFile.dsl().connection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setFetchSize(FETCH_SIZE);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(new EventFacts(rs.getString(1), rs.getString(2),
                                EpochMicros.toInstant(rs.getLong(3)), rs.getString(4),
                                Outcome.parse(rs.getString(5)).orElseThrow(), rs.getString(6), rs.getString(7),
                                rs.getString(8), decimal(rs.getString(9)), decimal(rs.getString(10)),
                                rs.getString(11), rs.getString(12)));
                    }
                }
            }
        });
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
