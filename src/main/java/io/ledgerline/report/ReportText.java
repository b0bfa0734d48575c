package io.ledgerline.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Phrases every sheet shares: the subtitle naming case and run, and figures inside sentences. */
final class ReportText {

    private ReportText() {
    }

    /** "Case X · analysis run #n of T · generated T by NAME · Ledgerline v". */
    static String subtitle(ReportData data) {
        return "Case " + data.caseId() + " · analysis run #" + data.runId() + " of " + utc(data.run().run().runAt())
                + " · generated " + utc(data.generatedAt()) + " by " + data.investigator() + " · Ledgerline "
                + data.toolVersion() + " · all times UTC";
    }

    static String utc(Instant instant) {
        return instant == null ? "unknown" : DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(
                ChronoUnit.SECONDS)).replace('T', ' ').replace("Z", " UTC");
    }

    static String usd(BigDecimal usd) {
        return usd == null ? "unvalued" : String.format(java.util.Locale.ROOT, "USD %,.2f", usd);
    }
}
