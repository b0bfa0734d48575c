package io.ledgerline.audit;

import io.ledgerline.domain.AuditEntry;
import java.util.Map;
import java.util.Optional;

/**
 * An audit entry's "after" value as the checks read it: empty when it is missing or no longer a JSON object (someone
 * edited the log), which a check reports as a finding instead of failing the whole verify.
 */
final class AfterValue {

    private AfterValue() {
    }

    static Optional<Map<String, Object>> of(AuditEntry entry) {
        if (entry.afterJson() == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(Canonical.parseObject(entry.afterJson()));
        } catch (RuntimeException e) { // LedgerlineException for text that is not a JSON object, and worse
            return Optional.empty();
        }
    }
}
