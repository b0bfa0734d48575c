package io.ledgerline.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A request for customer data from an authority, and what was disclosed under it. */
public record LegalRequest(
        String requestId,
        Instant receivedAt,
        String receivedAtText,
        String agency,
        String jurisdiction,
        String documentRef,
        String requestedData,
        List<String> accountIds,
        Instant disclosedAt,
        String disclosedAtText,
        Verification verification,
        String notes,
        Map<String, String> extra,
        long sourceLine) {
}
