package io.ledgerline.audit;

import io.ledgerline.domain.AuditEntry;

/**
 * An audit entry as the Audit log view lists it, with whether it holds: {@code "valid"} when its hash matches its
 * content, it chains to the entry before, and its signature holds under its author's registered key; else what fails.
 */
public record CheckedEntry(AuditEntry entry, String status) {

    public static final String VALID = "valid";

    public boolean valid() {
        return VALID.equals(status);
    }
}
