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

    /** The account's events in time order (then import order), on a read connection of their own. */
    public List<TimelineEntry> entries(String accountId) {
        String sql = caseFile.dsl()
                .select(EVENTS.ID, EVENTS.EVENT_ID, EVENTS.OCCURRED_AT, EVENTS.TYPE, EVENTS.OUTCOME, EVENTS.IP,
                        EVENTS.DEVICE_ID, EVENTS.ASSET, EVENTS.AMOUNT, EVENTS.FEE, EVENTS.ADDRESS, EVENTS.REF,
                        EVENTS.COUNTRY)
                .from(EVENTS)
                .where(EVENTS.ACCOUNT_ID.eq(DSL.param("account", String.class)))
                .orderBy(EVENTS.OCCURRED_AT, EVENTS.ID)
                .getSQL();
        List<TimelineEntry> entries = new ArrayList<>();
        try {
            caseFile.withReader(connection -> {
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    statement.setString(1, accountId);
                    statement.setFetchSize(FETCH_SIZE);
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            entries.add(new TimelineEntry(rs.getLong(1), new EventFacts(rs.getString(2), accountId,
                                    EpochMicros.toInstant(rs.getLong(3)), rs.getString(4),
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
