package io.ledgerline.compensation;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Funds recovered for an account (frozen at the destination, returned by another exchange), in units per asset, which
 * a net loss deducts. The case's own record of them comes with the report work (V5); until it is wired in, nothing is
 * recovered.
 */
@FunctionalInterface
public interface RecoveredAmounts {

    RecoveredAmounts NONE = accountId -> Map.of();

    /** Units recovered for {@code accountId}, by asset; an asset without recovery may be absent. */
    Map<String, BigDecimal> of(String accountId);
}
