package io.ledgerline.analysis;

import io.ledgerline.domain.EventFacts;
import java.util.List;
import java.util.Set;

/**
 * One suspected compromise before valuation and clustering.
 *
 * @param unauthorizedWithdrawals in time order
 * @param linkKeys                kind-prefixed device ids, ips and destination addresses the account used inside its
 *                                window ({@code device:…}, {@code ip:…}, {@code address:…})
 */
public record AccountFinding(String accountId, CompromiseWindow window, List<EventFacts> unauthorizedWithdrawals,
        Set<String> linkKeys) {
}
