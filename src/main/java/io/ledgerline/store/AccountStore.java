package io.ledgerline.store;

import static io.ledgerline.store.jooq.Tables.ACCOUNTS;
import static io.ledgerline.store.jooq.Tables.EVENTS;
import static io.ledgerline.store.jooq.Tables.IMPORT_FILES;

import io.ledgerline.domain.Category;
import io.ledgerline.domain.EpochMicros;
import io.ledgerline.domain.Event;
import io.ledgerline.domain.Outcome;
import io.ledgerline.store.jooq.tables.records.EventsRecord;
import java.util.List;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** Accounts and their events, read in sets (one GROUP BY for the table, one windowed fetch per account). */
public final class AccountStore {

    private final CaseFile caseFile;

    public AccountStore(CaseFile caseFile) {
        this.caseFile = caseFile;
    }

    /** Every account with its event count and span, ordered by account id. */
    public List<AccountOverview> overview() {
        Field<Integer> count = DSL.count(EVENTS.ID).as("n");
        Field<Long> first = DSL.min(EVENTS.OCCURRED_AT).as("first");
        Field<Long> last = DSL.max(EVENTS.OCCURRED_AT).as("last");
        return caseFile.dsl()
                .select(ACCOUNTS.ACCOUNT_ID, ACCOUNTS.COUNTRY, ACCOUNTS.STATUS, count, first, last)
                .from(ACCOUNTS).leftJoin(EVENTS).on(EVENTS.ACCOUNT_ID.eq(ACCOUNTS.ACCOUNT_ID))
                .groupBy(ACCOUNTS.ACCOUNT_ID, ACCOUNTS.COUNTRY, ACCOUNTS.STATUS)
                .orderBy(ACCOUNTS.ACCOUNT_ID)
                .fetch(r -> new AccountOverview(r.value1(), r.value2(), r.value3(), r.value4(),
                        r.value5() == null ? null : EpochMicros.toInstant(r.value5()),
                        r.value6() == null ? null : EpochMicros.toInstant(r.value6())));
    }

    /** The account's events in time order, at most {@code limit} of them from {@code offset}. */
    public List<StoredEvent> events(String accountId, int offset, int limit) {
        return caseFile.dsl()
                .select(EVENTS.fields()).select(IMPORT_FILES.FILE_NAME)
                .from(EVENTS).join(IMPORT_FILES).on(IMPORT_FILES.ID.eq(EVENTS.IMPORT_FILE_ID))
                .where(EVENTS.ACCOUNT_ID.eq(accountId))
                .orderBy(EVENTS.OCCURRED_AT, EVENTS.ID)
                .limit(limit).offset(offset)
                .fetch(r -> new StoredEvent(r.get(EVENTS.ID), toEvent(r.into(EVENTS)), r.get(IMPORT_FILES.FILE_NAME)));
    }

    /** The assets of the account's withdrawals, sorted. */
    public List<String> withdrawnAssets(String accountId) {
        return caseFile.dsl().selectDistinct(EVENTS.ASSET).from(EVENTS)
                .where(EVENTS.ACCOUNT_ID.eq(accountId), EVENTS.TYPE.eq("WITHDRAWAL"), EVENTS.ASSET.isNotNull())
                .orderBy(EVENTS.ASSET).fetch(EVENTS.ASSET);
    }

    /** The domain event of a stored row; shared with {@link ImportWriter}, which reads rows inside its transaction. */
    static Event toEvent(EventsRecord r) {
        return new Event(r.getEventId(), r.getAccountId(), EpochMicros.toInstant(r.getOccurredAt()),
                r.getOccurredAtText(), r.getType(), Category.valueOf(r.getCategory()),
                Outcome.parse(r.getOutcome()).orElseThrow(), r.getIp(), r.getDeviceId(), r.getUserAgent(),
                r.getCountry(), r.getChannel(), r.getAsset(), r.getAmount(), r.getFee(), r.getAddress(),
                r.getNetwork(), r.getTxHash(), r.getRef(), r.getDetails(), ExtraColumnsJson.read(r.getExtra()),
                r.getSourceLine());
    }
}
