package io.ledgerline.report;

import io.ledgerline.audit.AuditTrail;
import io.ledgerline.audit.Change;
import io.ledgerline.audit.Recorded;
import io.ledgerline.domain.FilingEntry;
import io.ledgerline.domain.InputRefusedException;
import io.ledgerline.importer.check.Amounts;
import io.ledgerline.importer.check.Timestamps;
import io.ledgerline.store.CaseFile;
import io.ledgerline.store.FilingStore;
import io.ledgerline.store.WrittenRow;
import java.time.Instant;
import java.util.Map;

/**
 * The filing fields the investigator enters (narrative, dates, figures): validated, then recorded append-only through
 * the audit trail (action {@value #ACTION}, "before" the field's entry it supersedes); the latest entry of a field
 * counts. Runs on the caller's thread (never the UI thread).
 */
public final class FilingService {

    /** The audit trail's name for a filing entry. */
    public static final String ACTION = "filing.enter";

    /**
     * Records {@code text} for {@code field} as the trail's investigator at the trail's now (UTC); an empty text clears
     * it (the report shows "to be completed" again).
     *
     * @param reason why, or null
     * @throws InputRefusedException for a date that is not RFC 3339 with an offset, or a figure that is not a plain
     *                               decimal
     */
    public FilingEntry enter(AuditTrail trail, FilingField field, String text, String reason) {
        String value = text == null ? "" : text.strip();
        if (!value.isEmpty()) {
            check(field, value);
        }
        Instant now = trail.now();
        String why = reason == null || reason.isBlank() ? null : reason;
        String investigator = trail.investigator();
        return trail.record(tx -> {
            Map<String, Object> before = FilingStore.latestEntry(tx, field.key()).orElse(null);
            WrittenRow row = FilingStore.addEntry(tx, now, field.key(), value, investigator, why);
            return new Recorded<>(new FilingEntry(row.id(), field.key(), value, now, investigator, why),
                    Change.of(ACTION, row, null, before, why));
        });
    }

    private static void check(FilingField field, String value) {
        try {
            switch (field.kind()) {
                case DATETIME -> Timestamps.parse(value);
                case DECIMAL -> Amounts.parse(value);
                case TEXT -> { }
            }
        } catch (IllegalArgumentException e) {
            throw new InputRefusedException(field.key() + ": " + e.getMessage() + ".");
        }
    }

    /** The filing fields as they stand. */
    public Filing filing(CaseFile caseFile) {
        return Filing.of(new FilingStore(caseFile).entries());
    }
}
