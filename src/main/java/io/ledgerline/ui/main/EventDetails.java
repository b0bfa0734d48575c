package io.ledgerline.ui.main;

import io.ledgerline.domain.Event;
import io.ledgerline.store.StoredEvent;
import java.util.Map;

/** Every field of one event as the investigator reads it: where it came from, the original time, details, extras. */
final class EventDetails {

    private EventDetails() {
    }

    static String text(StoredEvent stored) {
        if (stored == null) {
            return "";
        }
        Event e = stored.event();
        StringBuilder text = new StringBuilder();
        line(text, "event_id", e.eventId());
        line(text, "account_id", e.accountId());
        line(text, "occurred_at", e.occurredAt() + "  (as exported: " + e.occurredAtText() + ")");
        line(text, "type", e.type() + "  (" + e.category().label() + ")");
        line(text, "outcome", e.outcome().code());
        line(text, "ip", e.ip());
        line(text, "device_id", e.deviceId());
        line(text, "user_agent", e.userAgent());
        line(text, "country", e.country());
        line(text, "channel", e.channel());
        line(text, "asset", e.asset());
        line(text, "amount", e.amount() == null ? null : e.amount().toPlainString());
        line(text, "fee", e.fee() == null ? null : e.fee().toPlainString());
        line(text, "address", e.address());
        line(text, "network", e.network());
        line(text, "tx_hash", e.txHash());
        line(text, "ref", e.ref());
        line(text, "details", e.details());
        for (Map.Entry<String, String> extra : e.extra().entrySet()) {
            line(text, extra.getKey() + " (extra column)", extra.getValue());
        }
        line(text, "source", stored.sourceFile() + ":" + e.sourceLine());
        return text.toString();
    }

    private static void line(StringBuilder text, String name, String value) {
        if (value != null && !value.isEmpty()) {
            text.append(String.format("%-12s %s%n", name, value));
        }
    }
}
