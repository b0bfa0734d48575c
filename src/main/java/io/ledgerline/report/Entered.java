package io.ledgerline.report;

import io.ledgerline.domain.FilingEntry;
import io.ledgerline.report.xlsx.CellKind;
import io.ledgerline.report.xlsx.Cells;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** The one way an investigator-entered field reaches a sheet: its value and source, or "to be completed". */
final class Entered {

    private Entered() {
    }

    /** The field's value (typed by its kind), or the visible "to be completed" marker. */
    static Object value(Filing filing, FilingField field) {
        if (filing.entry(field).isEmpty()) {
            return Cells.pending(FilingField.TO_BE_COMPLETED);
        }
        return switch (field.kind()) {
            case DATETIME -> filing.instant(field).orElseThrow();
            case DECIMAL -> Cells.typed(CellKind.PRICE, filing.decimal(field).orElseThrow());
            case TEXT -> filing.text(field).orElseThrow();
        };
    }

    /** "entered by NAME at TIME (reason)", or where to enter it. */
    static String source(Filing filing, FilingField field) {
        return filing.entry(field).map(Entered::by)
                .orElse("enter with: narrative --field " + field.key());
    }

    static FieldRow row(Filing filing, FilingField field) {
        return new FieldRow(field.reference(), field.label(), value(filing, field), source(filing, field));
    }

    private static String by(FilingEntry e) {
        return "entered by " + e.investigator() + " at "
                + DateTimeFormatter.ISO_INSTANT.format(e.enteredAt().truncatedTo(ChronoUnit.SECONDS))
                + (e.reason() == null ? "" : " (" + e.reason() + ")");
    }
}
