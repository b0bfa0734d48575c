package io.ledgerline.analysis;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The playbook's proposals for a whole case.
 *
 * @param compromised        suspected takeovers, by account id
 * @param totalLossUsdExact  exact sum of every account's exact USD loss (valued withdrawals only); null when losses
 *                           exist but none could be valued
 * @param clusters           linked accounts, each sorted, ordered by first account id
 * @param unsafeDisclosures  ids of legal requests with an R4 disclosure, sorted
 * @param linkKeys           per compromised account, the kind-prefixed devices, ips and destination addresses it used
 *                           inside its window ({@code device:…}, {@code ip:…}, {@code address:…}): what links accounts
 */
public record AnalysisResult(RunInfo run, List<CompromisedAccount> compromised, BigDecimal totalLossUsdExact,
        List<List<String>> clusters, List<String> unsafeDisclosures, Map<String, Set<String>> linkKeys) {

    public AnalysisResult {
        compromised = List.copyOf(compromised);
        clusters = clusters.stream().map(List::copyOf).toList();
        unsafeDisclosures = List.copyOf(unsafeDisclosures);
        linkKeys = Map.copyOf(linkKeys);
    }

    /** What the accounts of cluster {@code number} (1-based) share, strongest links first. */
    public List<SharedIndicator> sharedBy(int number) {
        return SharedIndicator.of(clusters.get(number - 1), linkKeys);
    }

    /** The case total rounded half-even to cents once, from the exact sum (never a sum of rounded parts). */
    public BigDecimal totalLossUsd() {
        return Usd.round(totalLossUsdExact);
    }
}
