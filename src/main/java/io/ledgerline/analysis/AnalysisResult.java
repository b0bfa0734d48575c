package io.ledgerline.analysis;

import java.math.BigDecimal;
import java.util.List;

/**
 * The playbook's proposals for a whole case.
 *
 * @param compromised        suspected takeovers, by account id
 * @param totalLossUsdExact  exact sum of every account's exact USD loss (valued withdrawals only); null when losses
 *                           exist but none could be valued
 * @param clusters           linked accounts, each sorted, ordered by first account id
 * @param unsafeDisclosures  ids of legal requests with an R4 disclosure, sorted
 */
public record AnalysisResult(RunInfo run, List<CompromisedAccount> compromised, BigDecimal totalLossUsdExact,
        List<List<String>> clusters, List<String> unsafeDisclosures) {

    public AnalysisResult {
        compromised = List.copyOf(compromised);
        clusters = clusters.stream().map(List::copyOf).toList();
        unsafeDisclosures = List.copyOf(unsafeDisclosures);
    }

    /** The case total rounded half-even to cents once, from the exact sum (never a sum of rounded parts). */
    public BigDecimal totalLossUsd() {
        return Usd.round(totalLossUsdExact);
    }
}
