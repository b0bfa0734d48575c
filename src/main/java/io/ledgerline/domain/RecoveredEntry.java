package io.ledgerline.domain;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An amount recovered for an account, in exact units of {@code asset}, as recorded in the case. The latest entry for
 * an account and asset counts (it states the whole recovered amount, not an increment).
 *
 * @param enteredAt when it was recorded (UTC)
 */
public record RecoveredEntry(long id, String accountId, String asset, BigDecimal amount, Instant enteredAt,
        String investigator, String reason) {
}
