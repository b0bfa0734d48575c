package io.ledgerline.store;

import static io.ledgerline.store.jooq.Tables.ACCOUNTS;
import static io.ledgerline.store.jooq.Tables.EVENTS;
import static io.ledgerline.store.jooq.Tables.LEGAL_REQUESTS;
import static io.ledgerline.store.jooq.Tables.PRICES;

import io.ledgerline.domain.Account;
import io.ledgerline.domain.EpochMicros;
import io.ledgerline.domain.Event;
import io.ledgerline.domain.LegalRequest;
import io.ledgerline.domain.Price;
import io.ledgerline.domain.RowHasher;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jooq.Field;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/**
 * How the importer stores one kind of evidence row: the values it binds (exactly the table's sealed columns), the key a
 * repeat or conflict is found by, and how that key is named to the user. {@link #bind} needs no connection, so an
 * importer binds and hashes rows on its reading thread and the writing thread only inserts them.
 */
public final class EvidenceTable<T> {

    public static final EvidenceTable<Account> ACCOUNTS_TABLE = new EvidenceTable<>(SealedColumns.ACCOUNTS_ROWS,
            (row, fileId) -> {
                Account a = row.value();
                return new Object[] {a.accountId(), micros(a.openedAt()), a.openedAtText(), a.kycLevel(),
                    a.country(), a.emailMasked(), a.phoneMasked(), a.status(), ExtraColumnsJson.write(a.extra()),
                    row.contentHash(), (int) fileId, (int) row.line()};
            }, Account::accountId, Account::accountId, ACCOUNTS.ACCOUNT_ID, ACCOUNTS.CONTENT_HASH,
            ACCOUNTS.IMPORT_FILE_ID, ACCOUNTS.SOURCE_LINE);

    public static final EvidenceTable<Event> EVENTS_TABLE = new EvidenceTable<>(SealedColumns.EVENTS_ROWS,
            (row, fileId) -> {
                Event e = row.value();
                return new Object[] {e.eventId(), e.accountId(), EpochMicros.of(e.occurredAt()), e.occurredAtText(),
                    e.type(), e.category().name(), e.outcome().code(), e.ip(), e.deviceId(), e.userAgent(),
                    e.country(), e.channel(), e.asset(), plain(e.amount()), plain(e.fee()), e.address(),
                    e.network(), e.txHash(), e.ref(), e.details(), ExtraColumnsJson.write(e.extra()),
                    row.contentHash(), (int) fileId, (int) row.line()};
            }, Event::eventId, Event::eventId, EVENTS.EVENT_ID, EVENTS.CONTENT_HASH, EVENTS.IMPORT_FILE_ID,
            EVENTS.SOURCE_LINE);

    public static final EvidenceTable<LegalRequest> LEGAL_REQUESTS_TABLE = new EvidenceTable<>(
            SealedColumns.LEGAL_REQUESTS_ROWS, (row, fileId) -> {
                LegalRequest r = row.value();
                return new Object[] {r.requestId(), EpochMicros.of(r.receivedAt()), r.receivedAtText(), r.agency(),
                    r.jurisdiction(), r.documentRef(), r.requestedData(), r.accountIdsText(),
                    micros(r.disclosedAt()), r.disclosedAtText(), r.verification().code(), r.notes(),
                    ExtraColumnsJson.write(r.extra()), row.contentHash(), (int) fileId, (int) row.line()};
            }, LegalRequest::requestId, LegalRequest::requestId, LEGAL_REQUESTS.REQUEST_ID,
            LEGAL_REQUESTS.CONTENT_HASH, LEGAL_REQUESTS.IMPORT_FILE_ID, LEGAL_REQUESTS.SOURCE_LINE);

    /** A price is keyed by asset and instant, and named by the time as the exporter wrote it. */
    public static final EvidenceTable<Price> PRICES_TABLE = new EvidenceTable<>(SealedColumns.PRICES_ROWS,
            (row, fileId) -> {
                Price p = row.value();
                return new Object[] {p.asset(), EpochMicros.of(p.at()), p.atText(), plain(p.usd()),
                    ExtraColumnsJson.write(p.extra()), row.contentHash(), (int) fileId, (int) row.line()};
            }, p -> p.asset() + "@" + EpochMicros.of(p.at()), p -> p.asset() + " at " + p.atText(),
            DSL.concat(PRICES.ASSET, DSL.inline("@"), PRICES.AT.cast(String.class)), PRICES.CONTENT_HASH,
            PRICES.IMPORT_FILE_ID, PRICES.SOURCE_LINE);

    /** One row's values for the insert, in {@link SealedColumns} order. */
    interface Binder<T> {
        Object[] values(EvidenceRow<T> row, long fileId);
    }

    final SealedColumns sealed;
    private final Binder<T> binder;
    final Function<T, String> keyOf;
    final Function<T, String> labelOf;
    final Field<String> keyField;
    final TableField<?, String> hashField;
    final TableField<?, Integer> fileField;
    final TableField<?, Integer> lineField;

    private EvidenceTable(SealedColumns sealed, Binder<T> binder, Function<T, String> keyOf,
            Function<T, String> labelOf, Field<String> keyField, TableField<?, String> hashField,
            TableField<?, Integer> fileField, TableField<?, Integer> lineField) {
        this.sealed = sealed;
        this.binder = binder;
        this.keyOf = keyOf;
        this.labelOf = labelOf;
        this.keyField = keyField;
        this.hashField = hashField;
        this.fileField = fileField;
        this.lineField = lineField;
    }

    /**
     * The rows of file {@code fileId} ready to insert: each one's values and the hash its evidence seal takes once it is
     * written. Any thread: touches no connection.
     */
    public BoundRows<T> bind(long fileId, List<EvidenceRow<T>> rows) {
        RowHasher hasher = new RowHasher();
        List<Object[]> values = new ArrayList<>(rows.size());
        List<byte[]> hashes = new ArrayList<>(rows.size());
        for (EvidenceRow<T> row : rows) {
            Object[] v = binder.values(row, fileId);
            values.add(v);
            hashes.add(hasher.hash(v));
        }
        return new BoundRows<>(this, fileId, List.copyOf(rows), values, hashes);
    }

    /** Money is stored as its plain decimal text (the forced type of pom.xml), and sealed as that text. */
    private static String plain(java.math.BigDecimal amount) {
        return amount == null ? null : amount.toPlainString();
    }

    private static Long micros(Instant instant) {
        return instant == null ? null : EpochMicros.of(instant);
    }
}
