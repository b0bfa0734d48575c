package io.ledgerline.ui.report;

import io.ledgerline.report.FilingField;

/** What the narrative dialog returns: a field, its new text (empty clears it) and why (may be blank). */
public record NarrativeEdit(FilingField field, String text, String reason) {
}
