package io.ledgerline.store;

import static io.ledgerline.store.jooq.Tables.ACCOUNTS;
import static io.ledgerline.store.jooq.Tables.EVENTS;
import static io.ledgerline.store.jooq.Tables.LEGAL_REQUESTS;
import static io.ledgerline.store.jooq.Tables.LEGAL_REQUEST_ACCOUNTS;
import static io.ledgerline.store.jooq.Tables.PRICES;
import static io.ledgerline.store.jooq.Tables.QUARANTINE;

import java.util.List;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The evidence tables and, for each, the columns its seal covers in their order: every column the importer writes
 * (the generated row id is not evidence). The importer inserts exactly these columns, so the values it binds are the
 * values it seals.
 */
enum SealedColumns {
    ACCOUNTS_ROWS(ACCOUNTS, List.of(ACCOUNTS.ACCOUNT_ID, ACCOUNTS.OPENED_AT, ACCOUNTS.OPENED_AT_TEXT,
            ACCOUNTS.KYC_LEVEL, ACCOUNTS.COUNTRY, ACCOUNTS.EMAIL_MASKED, ACCOUNTS.PHONE_MASKED, ACCOUNTS.STATUS,
            ACCOUNTS.EXTRA, ACCOUNTS.CONTENT_HASH, ACCOUNTS.IMPORT_FILE_ID, ACCOUNTS.SOURCE_LINE)),
    EVENTS_ROWS(EVENTS, List.of(EVENTS.EVENT_ID, EVENTS.ACCOUNT_ID, EVENTS.OCCURRED_AT, EVENTS.OCCURRED_AT_TEXT,
            EVENTS.TYPE, EVENTS.CATEGORY, EVENTS.OUTCOME, EVENTS.IP, EVENTS.DEVICE_ID, EVENTS.USER_AGENT,
            EVENTS.COUNTRY, EVENTS.CHANNEL, EVENTS.ASSET, EVENTS.AMOUNT, EVENTS.FEE, EVENTS.ADDRESS, EVENTS.NETWORK,
            EVENTS.TX_HASH, EVENTS.REF, EVENTS.DETAILS, EVENTS.EXTRA, EVENTS.CONTENT_HASH, EVENTS.IMPORT_FILE_ID,
            EVENTS.SOURCE_LINE)),
    LEGAL_REQUESTS_ROWS(LEGAL_REQUESTS, List.of(LEGAL_REQUESTS.REQUEST_ID, LEGAL_REQUESTS.RECEIVED_AT,
            LEGAL_REQUESTS.RECEIVED_AT_TEXT, LEGAL_REQUESTS.AGENCY, LEGAL_REQUESTS.JURISDICTION,
            LEGAL_REQUESTS.DOCUMENT_REF, LEGAL_REQUESTS.REQUESTED_DATA, LEGAL_REQUESTS.ACCOUNT_IDS,
            LEGAL_REQUESTS.DISCLOSED_AT, LEGAL_REQUESTS.DISCLOSED_AT_TEXT, LEGAL_REQUESTS.VERIFICATION,
            LEGAL_REQUESTS.NOTES, LEGAL_REQUESTS.EXTRA, LEGAL_REQUESTS.CONTENT_HASH, LEGAL_REQUESTS.IMPORT_FILE_ID,
            LEGAL_REQUESTS.SOURCE_LINE)),
    /** Sealed with its request's file, sorted by request and account (they are written in no particular order). */
    LEGAL_REQUEST_ACCOUNTS_ROWS(LEGAL_REQUEST_ACCOUNTS, List.of(LEGAL_REQUEST_ACCOUNTS.REQUEST_ID,
            LEGAL_REQUEST_ACCOUNTS.ACCOUNT_ID)),
    PRICES_ROWS(PRICES, List.of(PRICES.ASSET, PRICES.AT, PRICES.AT_TEXT, PRICES.USD, PRICES.EXTRA,
            PRICES.CONTENT_HASH, PRICES.IMPORT_FILE_ID, PRICES.SOURCE_LINE)),
    /** Sealed in line order (a lenient import writes them as it meets them). */
    QUARANTINE_ROWS(QUARANTINE, List.of(QUARANTINE.IMPORT_FILE_ID, QUARANTINE.FILE_NAME, QUARANTINE.LINE,
            QUARANTINE.RAW, QUARANTINE.REASONS));

    final Table<?> table;
    final List<Field<?>> columns;

    SealedColumns(Table<?> table, List<? extends Field<?>> columns) {
        this.table = table;
        this.columns = List.copyOf(columns);
    }

    static SealedColumns named(String table) {
        for (SealedColumns s : values()) {
            if (s.tableName().equals(table)) {
                return s;
            }
        }
        throw new IllegalArgumentException(table + " is not an evidence table");
    }

    /** The column that orders the rows of one file: their line in the file. */
    String lineColumn() {
        return this == QUARANTINE_ROWS ? "line" : "source_line";
    }

    String tableName() {
        return table.getName();
    }

    Field<?>[] insertColumns() {
        return columns.toArray(Field<?>[]::new);
    }

    /** The columns as stored, without the converters of the generated classes: money is read as its stored text. */
    Field<?>[] rawColumns() {
        return columns.stream().map(f -> DSL.field(DSL.name(table.getName(), f.getName()),
                f.getDataType().getSQLDataType())).toArray(Field<?>[]::new);
    }
}
