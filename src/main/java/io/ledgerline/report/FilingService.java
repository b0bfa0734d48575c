package io.ledgerline.report;

import io.ledgerline.domain.FilingEntry;
import io.ledgerline.domain.InputRefusedException;
import io.ledgerline.importer.check.Amounts;
import io.ledgerline.importer.check.Timestamps;
import io.ledgerline.store.CaseFile;
import io.ledgerline.store.FilingStore;
import java.time.Clock;
import java.time.Instant;

/**
 * The filing fields the investigator enters (narrative, dates, figures): validated, then recorded append-only with who,
 * when and why; the latest entry of a field counts. Runs on the caller's thread (never the UI thread).
 */
public final class FilingService {

    private final Clock clock;

    public FilingService(Clock clock) {
        this.clock = clock;
    }

    public FilingService() {
        this(Clock.systemUTC());
    }

    /**
     * Records {@code text} for {@code field}; an empty text clears it (the report shows "to be completed" again).
     *
     * @param reason why, or null
     * @throws InputRefusedException for a blank investigator, a date that is not RFC 3339 with an offset, or a figure
     *                               that is not a plain decimal
     */
    public FilingEntry enter(CaseFile caseFile, FilingField field, String text, String investigator, String reason) {
        if (investigator == null || investigator.isBlank()) {
            throw new InputRefusedException("A filing entry needs the investigator's name; none was given.");
        }
        String value = text == null ? "" : text.strip();
        if (!value.isEmpty()) {
            check(field, value);
        }
        Instant now = clock.instant();
        String why = reason == null || reason.isBlank() ? null : reason;
        long id = new FilingStore(caseFile).addEntry(now, field.key(), value, investigator, why);
        return new FilingEntry(id, field.key(), value, now, investigator, why);
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
