package io.ledgerline.ui.decisions;

import io.ledgerline.compensation.AccountCompensation;
import io.ledgerline.compensation.CompensationService;
import io.ledgerline.compensation.Proposal;

/**
 * One account as the Decisions table shows it; plain text, built off the FX thread.
 *
 * @param proposalId the id of the current proposal shown, {@link CompensationService#NONE} when none: an approval or
 *                   return is checked against it
 */
public record DecisionRow(String accountId, String review, String state, String proposal, String history,
        String note, long proposalId) {

    static DecisionRow of(AccountCompensation a) {
        Proposal p = a.current();
        String proposal = p != null ? "#" + p.id() + ": " + p.summary() : a.draft() != null ? a.draft().summary() : "";
        String note = a.draftProblem() != null ? a.draftProblem()
                : a.disagrees() ? "differs from the reviewed figures now: " + a.draft().summary() : "";
        return new DecisionRow(a.accountId(), a.review() == null ? "-" : a.review().code(), a.state().code(),
                proposal, p == null ? "" : p.history() + lastReason(p), note,
                p == null ? CompensationService.NONE : p.id());
    }

    private static String lastReason(Proposal p) {
        Proposal.Step last = p.steps().get(p.steps().size() - 1);
        return last.reason() == null ? "" : " — \u201c" + last.reason() + "\u201d";
    }
}
