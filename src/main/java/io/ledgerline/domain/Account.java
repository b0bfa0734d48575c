package io.ledgerline.domain;

import java.time.Instant;
import java.util.Map;

/**
 * An account in scope of the case, as exported. Optional fields are null when the exporter left them empty.
 *
 * @param extra columns the contract does not name, kept as sent (column name to value, in file order)
 */
public record Account(
        String accountId,
        Instant openedAt,
        String openedAtText,
        Integer kycLevel,
        String country,
        String emailMasked,
        String phoneMasked,
        String status,
        Map<String, String> extra,
        long sourceLine) {
}
