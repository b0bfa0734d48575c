package io.ledgerline.report;

import java.time.Instant;
import java.util.List;

/**
 * What the case itself says about the incident, for the Cover, Summary and regulatory fields.
 *
 * @param firstMaliciousEvent DORA 3.2 "occurrence": the earliest forged or unverified legal request received, unsafe
 *                            disclosure, or first R1/R2 event of a compromise window; null when none
 * @param firstMaliciousWhat  what that earliest event was
 * @param frozenAccounts      affected accounts frozen after their window started
 * @param revokedSessions     sessions revoked on affected accounts after their window started
 * @param disclosedSubjects   accounts whose data was released under an unsafe (forged or unverified) request, sorted
 * @param dataCategories      the categories of data those requests asked for, as sent
 */
public record IncidentFacts(Instant firstMaliciousEvent, String firstMaliciousWhat, long frozenAccounts,
        long revokedSessions, List<String> disclosedSubjects, List<String> dataCategories) {
}
