package io.ledgerline.report.xlsx;

import java.time.Instant;

/**
 * A workbook's document properties and its printed header and footer.
 *
 * @param createdAt   stamped as created and modified (UTC); a fixed input, so the same report gives the same bytes
 * @param headerLeft  printed top left on every page (the case id)
 * @param footerLeft  printed bottom left (tool, version, analysis run)
 */
public record DocumentInfo(String title, String subject, String author, String company, Instant createdAt,
        String headerLeft, String footerLeft) {
}
