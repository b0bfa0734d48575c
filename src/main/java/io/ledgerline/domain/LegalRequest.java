package io.ledgerline.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A request for customer data from an authority, and what was disclosed under it.
 *
 * @param accountIds     the accounts it names, each id trimmed of spaces, for linking
 * @param accountIdsText the {@code account_ids} field exactly as sent
 */
public record LegalRequest(
        String requestId,
        Instant receivedAt,
        String receivedAtText,
        String agency,
        String jurisdiction,
        String documentRef,
        String requestedData,
        List<String> accountIds,
        String accountIdsText,
        Instant disclosedAt,
        String disclosedAtText,
        Verification verification,
        String notes,
        Map<String, String> extra,
        long sourceLine) {
}
