package io.ledgerline.demo;

import io.ledgerline.domain.Verification;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** One legal_requests.csv row; {@code offset} is how its timestamps are written, {@code disclosedAt} may be null. */
record LegalRequestRow(String requestId, Instant receivedAt, ZoneOffset offset, String agency, String jurisdiction,
        String documentRef, String requestedData, List<String> accountIds, Instant disclosedAt,
        Verification verification, String notes) {
}
