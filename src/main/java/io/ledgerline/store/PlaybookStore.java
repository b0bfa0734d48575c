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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jooq.Cursor;
import org.jooq.Record;

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
        try (Cursor<? extends Record> cursor = caseFile.dsl()
                .select(EVENTS.EVENT_ID, EVENTS.ACCOUNT_ID, EVENTS.OCCURRED_AT, EVENTS.TYPE, EVENTS.OUTCOME, EVENTS.IP,
                        EVENTS.DEVICE_ID, EVENTS.ASSET, EVENTS.AMOUNT, EVENTS.FEE, EVENTS.ADDRESS, EVENTS.REF)
                .from(EVENTS)
                .orderBy(EVENTS.ACCOUNT_ID, EVENTS.OCCURRED_AT, EVENTS.ID)
                .fetchSize(FETCH_SIZE)
                .fetchLazy()) {
            for (Record r : cursor) {
                sink.accept(new EventFacts(r.get(0, String.class), r.get(1, String.class),
                        EpochMicros.toInstant(r.get(2, Long.class)), r.get(3, String.class),
                        Outcome.parse(r.get(4, String.class)).orElseThrow(), r.get(5, String.class),
                        r.get(6, String.class), r.get(7, String.class), r.get(8, BigDecimal.class),
                        r.get(9, BigDecimal.class), r.get(10, String.class), r.get(11, String.class)));
            }
        }
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
