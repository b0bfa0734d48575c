package io.ledgerline.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * Something that happened to an account. {@code occurredAt} is the UTC instant; {@code occurredAtText} the exporter's
 * original timestamp. Money is exact. Optional fields are null when absent.
 *
 * @param type       the type as sent (an unknown type keeps its text, with category OTHER)
 * @param details    a JSON object as text, or null
 * @param extra      columns the contract does not name, kept as sent
 * @param sourceLine the line in the imported file where the row starts
 */
public record Event(
        String eventId,
        String accountId,
        Instant occurredAt,
        String occurredAtText,
        String type,
        Category category,
        Outcome outcome,
        String ip,
        String deviceId,
        String userAgent,
        String country,
        String channel,
        String asset,
        BigDecimal amount,
        BigDecimal fee,
        String address,
        String network,
        String txHash,
        String ref,
        String details,
        Map<String, String> extra,
        long sourceLine) {
}
