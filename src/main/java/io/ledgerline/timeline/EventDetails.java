package io.ledgerline.timeline;

import io.ledgerline.analysis.PlaybookRule;
import io.ledgerline.domain.Annotation;
import io.ledgerline.domain.Event;
import io.ledgerline.domain.EventType;
import io.ledgerline.domain.LegalRequest;
import io.ledgerline.store.StoredEvent;
import java.util.Map;

/**
 * Every field of one event as the investigator reads it: where it came from, the original time, details, extras, and
 * on a timeline also what the playbook found on it and its tags and notes.
 */
public final class EventDetails {

    private EventDetails() {
    }

    /** The event's fields, then its findings, tags and notes on {@code scene}'s account. */
    public static String text(StoredEvent stored, TimelineScene scene) {
        if (stored == null) {
            return "";
        }
        StringBuilder text = new StringBuilder(text(stored));
        Event e = stored.event();
        TimelineFindings findings = scene.timeline().findings();
        StringBuilder found = new StringBuilder();
        for (PlaybookRule rule : findings.ruleHits().of(e.eventId())) {
            line(found, rule.name(), rule.meaning());
        }
        if (findings.unauthorizedWithdrawals().contains(e.eventId())) {
            line(found, "loss", "unauthorized withdrawal, counted in the account's loss");
        }
        findings.window().filter(w -> w.contains(e.occurredAt()))
                .ifPresent(w -> line(found, "window", "inside the compromise window " + w.start() + " .. " + w.end()));
        if (EventType.DATA_DISCLOSURE.name().equals(e.type())) {
            line(found, "request", TimelinePainter.disclosureLabel(e.ref(), findings));
            LegalRequest r = e.ref() == null ? null : findings.legalRequests().get(e.ref());
            if (r != null) {
                line(found, "  agency", r.agency() + (r.jurisdiction() == null ? "" : " (" + r.jurisdiction() + ")"));
                line(found, "  document", r.documentRef());
                line(found, "  received", r.receivedAtText());
                line(found, "  requested", r.requestedData());
                line(found, "  verified", r.verification().name().toLowerCase(java.util.Locale.ROOT));
                line(found, "  notes", r.notes());
            }
        }
        if (found.length() > 0) {
            text.append(System.lineSeparator()).append("FINDINGS").append(System.lineSeparator()).append(found);
        }
        Annotations annotations = scene.annotations();
        if (!annotations.tags(e.eventId()).isEmpty()) {
            text.append(System.lineSeparator());
            line(text, "tags", String.join(", ", annotations.tags(e.eventId())));
        }
        for (Annotation note : annotations.notes(e.eventId())) {
            line(text, "note", note.text() + "  (" + note.investigator() + ", " + note.createdAt() + ")");
        }
        return text.toString();
    }

    public static String text(StoredEvent stored) {
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
