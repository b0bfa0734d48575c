package io.ledgerline.demo;

import java.util.List;

/** File names and column orders of the bundle the demo writes (../shared/case-format.md). */
final class BundleLayout {

    static final String MANIFEST = "manifest.json";
    static final String ACCOUNTS = "accounts.csv";
    static final String LEGAL_REQUESTS = "legal_requests.csv";
    static final String EVENTS = "events.csv";
    static final String PRICES = "prices.csv";

    static final List<String> ACCOUNT_COLUMNS = List.of("account_id", "opened_at", "kyc_level", "country",
            "email_masked", "phone_masked", "status");
    static final List<String> EVENT_COLUMNS = List.of("event_id", "account_id", "occurred_at", "type", "outcome",
            "ip", "device_id", "user_agent", "country", "channel", "asset", "amount", "fee", "address", "network",
            "tx_hash", "ref", "details");
    static final List<String> LEGAL_REQUEST_COLUMNS = List.of("request_id", "received_at", "agency", "jurisdiction",
            "document_ref", "requested_data", "account_ids", "disclosed_at", "verification", "notes");
    static final List<String> PRICE_COLUMNS = List.of("asset", "at", "usd");

    private BundleLayout() {
    }
}
