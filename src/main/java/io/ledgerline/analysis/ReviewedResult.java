package io.ledgerline.analysis;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A playbook run seen through the investigator's kept decisions.
 *
 * @param accounts          every suspected account in the run's order, then the accounts only the investigator
 *                          confirmed, by account id
 * @param disagreements     where a decision and the run disagree, in decision order
 * @param totalLossUsdExact exact sum of the reviewed losses of every account not rejected; null as in
 *                          {@link AccountLoss#totalUsdExact}
 */
public record ReviewedResult(AnalysisResult result, List<ReviewedAccount> accounts, List<Disagreement> disagreements,
        BigDecimal totalLossUsdExact) {

    public ReviewedResult {
        accounts = List.copyOf(accounts);
        disagreements = List.copyOf(disagreements);
    }

    public Optional<ReviewedAccount> account(String accountId) {
        return accounts.stream().filter(a -> a.accountId().equals(accountId)).findFirst();
    }

    public BigDecimal totalLossUsd() {
        return Usd.round(totalLossUsdExact);
    }
}
