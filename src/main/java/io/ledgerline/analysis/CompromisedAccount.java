package io.ledgerline.analysis;

import java.math.BigDecimal;
import java.util.List;

/**
 * A suspected account takeover, proposed for the investigator's review.
 *
 * @param unauthorizedWithdrawals event ids in time order
 * @param cluster                 1-based number into {@link AnalysisResult#clusters()}
 */
public record CompromisedAccount(String accountId, CompromiseWindow window, List<String> unauthorizedWithdrawals,
        AccountLoss loss, int cluster) {

    public CompromisedAccount {
        unauthorizedWithdrawals = List.copyOf(unauthorizedWithdrawals);
    }

    /** Loss in USD rounded half-even to cents from the exact value; null when nothing could be valued. */
    public BigDecimal lossUsd() {
        return loss.usd();
    }
}
