package io.ledgerline.compensation;

import io.ledgerline.domain.RecoveredEntry;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * Funds recovered for an account (frozen at the destination, returned by another exchange), in units per asset, which
 * a net loss deducts. A case's own record of them is {@link RecoveredService#amounts}.
 */
@FunctionalInterface
public interface RecoveredAmounts {

    RecoveredAmounts NONE = accountId -> Map.of();

    /** Units recovered for {@code accountId}, by asset; an asset without recovery may be absent. */
    Map<String, BigDecimal> of(String accountId);

    /** The amounts of {@code latest}: the latest entry per account and asset, each stating the whole amount. */
    static RecoveredAmounts from(Map<AccountAsset, RecoveredEntry> latest) {
        Map<String, Map<String, BigDecimal>> byAccount = new HashMap<>();
        latest.forEach((key, entry) -> byAccount.computeIfAbsent(key.accountId(), a -> new HashMap<>())
                .put(key.asset(), entry.amount()));
        return accountId -> Map.copyOf(byAccount.getOrDefault(accountId, Map.of()));
    }
}
