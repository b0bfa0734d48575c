package io.ledgerline.importer.timesketch;

import io.ledgerline.domain.Event;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Whether two events say the same thing, whatever the text they came as: amounts by value, empty extra = absent. */
final class SameEvent {

    private SameEvent() {
    }

    static boolean test(Event a, Event b) {
        if (a == null || b == null) {
            return false;
        }
        return a.eventId().equals(b.eventId()) && a.accountId().equals(b.accountId())
                && a.occurredAt().equals(b.occurredAt()) && a.occurredAtText().equals(b.occurredAtText())
                && a.type().equals(b.type()) && a.category() == b.category() && a.outcome() == b.outcome()
                && Objects.equals(a.ip(), b.ip()) && Objects.equals(a.deviceId(), b.deviceId())
                && Objects.equals(a.userAgent(), b.userAgent()) && Objects.equals(a.country(), b.country())
                && Objects.equals(a.channel(), b.channel()) && Objects.equals(a.asset(), b.asset())
                && sameAmount(a.amount(), b.amount()) && sameAmount(a.fee(), b.fee())
                && Objects.equals(a.address(), b.address()) && Objects.equals(a.network(), b.network())
                && Objects.equals(a.txHash(), b.txHash()) && Objects.equals(a.ref(), b.ref())
                && Objects.equals(a.details(), b.details()) && nonEmpty(a.extra()).equals(nonEmpty(b.extra()));
    }

    private static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static Map<String, String> nonEmpty(Map<String, String> extra) {
        Map<String, String> kept = new LinkedHashMap<>();
        extra.forEach((k, v) -> {
            if (v != null && !v.isEmpty()) {
                kept.put(k, v);
            }
        });
        return kept;
    }
}
