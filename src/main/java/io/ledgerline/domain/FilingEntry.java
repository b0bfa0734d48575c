package io.ledgerline.domain;

import java.time.Instant;

/**
 * One entry of an investigator-entered filing field (narrative text, a date, a figure), as recorded in the case. The
 * latest entry of a field counts; an empty text clears the field.
 *
 * @param field     the field's name ({@code root_cause}, {@code detected_at}…)
 * @param enteredAt when it was recorded (UTC)
 * @param reason    why it was entered or changed, or null
 */
public record FilingEntry(long id, String field, String text, Instant enteredAt, String investigator, String reason) {

    public boolean cleared() {
        return text.isBlank();
    }
}
