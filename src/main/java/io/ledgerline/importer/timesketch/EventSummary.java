package io.ledgerline.importer.timesketch;

import io.ledgerline.domain.Event;
import io.ledgerline.domain.EventType;

/**
 * The one-line {@code message} Timesketch shows for a Ledgerline event, e.g.
 * {@code WITHDRAWAL success 0.5 BTC to bc1qx from 10.0.0.1 (dev-a)}. Addresses are given whole: an investigator
 * searches by them.
 */
final class EventSummary {

    private EventSummary() {
    }

    static String of(Event e) {
        StringBuilder text = new StringBuilder(e.type()).append(' ').append(e.outcome().code());
        if (e.amount() != null) {
            text.append(' ').append(e.amount().toPlainString());
        }
        if (e.asset() != null) {
            text.append(' ').append(e.asset());
        }
        if (e.address() != null) {
            text.append(' ').append(addressWord(e.type())).append(' ').append(e.address());
        }
        if (e.ip() != null) {
            text.append(" from ").append(e.ip());
        }
        if (e.deviceId() != null) {
            text.append(" (").append(e.deviceId()).append(')');
        }
        if (e.ref() != null) {
            text.append(" ref ").append(e.ref());
        }
        return text.toString();
    }

    private static String addressWord(String type) {
        return EventType.parse(type).map(t -> switch (t) {
            case WITHDRAWAL, WITHDRAWAL_REQUEST, WITHDRAWAL_CANCELLED -> "to";
            case DEPOSIT -> "from address";
            default -> "address";
        }).orElse("address");
    }
}
