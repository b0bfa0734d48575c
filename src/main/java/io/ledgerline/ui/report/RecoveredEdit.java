package io.ledgerline.ui.report;

/** What the recovered-amount dialog returns: the whole amount recovered so far for an account in one asset, and why. */
public record RecoveredEdit(String accountId, String asset, String amount, String reason) {
}
