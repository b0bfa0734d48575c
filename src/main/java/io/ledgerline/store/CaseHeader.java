package io.ledgerline.store;

/**
 * What the case's latest export says about itself (manifest fields), or nulls for a case with no import yet.
 *
 * @param exportedAt the manifest's {@code exported_at} text as sent
 */
public record CaseHeader(String caseId, String title, String exportedAt, String exportedBy) {
}
