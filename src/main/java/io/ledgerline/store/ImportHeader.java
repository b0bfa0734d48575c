package io.ledgerline.store;

import java.time.Instant;

/** What an import records about its bundle: its manifest as received, and how and when it was imported. */
public record ImportHeader(String bundleName, String format, String caseId, String title, String exportedAt,
        String exportedBy, String manifestJson, boolean lenient, Instant importedAt, String toolVersion) {
}
