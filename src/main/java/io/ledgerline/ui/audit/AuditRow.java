package io.ledgerline.ui.audit;

import io.ledgerline.audit.CheckedEntry;
import io.ledgerline.domain.AuditEntry;

/** One audit entry as the Audit log table shows it. */
public record AuditRow(long seq, String at, String who, String action, String object, String account,
        String reason, String before, String after, String signature) {

    static AuditRow of(CheckedEntry checked) {
        AuditEntry e = checked.entry();
        return new AuditRow(e.seq(), e.at().toString(), e.investigator(), e.action(),
                e.objectType() + " " + e.objectId(), e.accountId() == null ? "" : e.accountId(),
                e.reason() == null ? "" : e.reason(), e.beforeJson() == null ? "" : e.beforeJson(),
                e.afterJson() == null ? "" : e.afterJson(), checked.status());
    }
}
