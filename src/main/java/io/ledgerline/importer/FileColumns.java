package io.ledgerline.importer;

import static io.ledgerline.importer.ColumnSpec.optional;
import static io.ledgerline.importer.ColumnSpec.required;

import io.ledgerline.domain.Outcome;
import io.ledgerline.domain.Verification;
import io.ledgerline.importer.check.AmountIsDecimalCheck;
import io.ledgerline.importer.check.CountryCodeCheck;
import io.ledgerline.importer.check.FieldCheck;
import io.ledgerline.importer.check.IdListCheck;
import io.ledgerline.importer.check.JsonObjectCheck;
import io.ledgerline.importer.check.KycLevelCheck;
import io.ledgerline.importer.check.OneOfCheck;
import io.ledgerline.importer.check.TimestampHasOffsetCheck;
import java.util.Arrays;
import java.util.List;

/** The registry of every column check of ledgerline-case/1: one line per column of each file (case-format.md). */
public final class FileColumns {

    private static final FieldCheck TEXT = FieldCheck.ANY_TEXT;
    private static final FieldCheck TIMESTAMP = new TimestampHasOffsetCheck();
    private static final FieldCheck AMOUNT = new AmountIsDecimalCheck();
    private static final FieldCheck COUNTRY = new CountryCodeCheck();

    public static final List<ColumnSpec> ACCOUNTS = List.of(
            required("account_id", TEXT),
            optional("opened_at", TIMESTAMP),
            optional("kyc_level", new KycLevelCheck()),
            optional("country", COUNTRY),
            optional("email_masked", TEXT),
            optional("phone_masked", TEXT),
            optional("status", new OneOfCheck(List.of("active", "frozen", "closed"))));

    public static final List<ColumnSpec> EVENTS = List.of(
            required("event_id", TEXT),
            required("account_id", TEXT),
            required("occurred_at", TIMESTAMP),
            required("type", TEXT),
            optional("outcome", new OneOfCheck(Arrays.stream(Outcome.values()).map(Outcome::code).toList())),
            optional("ip", TEXT),
            optional("device_id", TEXT),
            optional("user_agent", TEXT),
            optional("country", COUNTRY),
            optional("channel", new OneOfCheck(List.of("web", "app", "api", "support", "system"))),
            optional("asset", TEXT),
            optional("amount", AMOUNT),
            optional("fee", AMOUNT),
            optional("address", TEXT),
            optional("network", TEXT),
            optional("tx_hash", TEXT),
            optional("ref", TEXT),
            optional("details", new JsonObjectCheck()));

    public static final List<ColumnSpec> LEGAL_REQUESTS = List.of(
            required("request_id", TEXT),
            required("received_at", TIMESTAMP),
            optional("agency", TEXT),
            optional("jurisdiction", TEXT),
            optional("document_ref", TEXT),
            optional("requested_data", TEXT),
            required("account_ids", new IdListCheck()),
            optional("disclosed_at", TIMESTAMP),
            required("verification",
                    new OneOfCheck(Arrays.stream(Verification.values()).map(Verification::code).toList())),
            optional("notes", TEXT));

    public static final List<ColumnSpec> PRICES = List.of(
            required("asset", TEXT),
            required("at", TIMESTAMP),
            required("usd", AMOUNT));

    private FileColumns() {
    }

    public static List<ColumnSpec> of(FileKind kind) {
        return switch (kind) {
            case ACCOUNTS -> ACCOUNTS;
            case EVENTS -> EVENTS;
            case LEGAL_REQUESTS -> LEGAL_REQUESTS;
            case PRICES -> PRICES;
        };
    }
}
