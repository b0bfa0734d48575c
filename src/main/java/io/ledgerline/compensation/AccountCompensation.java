package io.ledgerline.compensation;

import io.ledgerline.analysis.ReviewStatus;

/**
 * One account in the Decisions view: its review status, what the reviewed figures give now (the draft), its current
 * proposal if any, and whether the two disagree (the analysis or review changed after the proposal).
 *
 * @param draft      the figures computed now, or null when they cannot be (see {@code draftProblem})
 * @param current    the account's current proposal, or null
 * @param disagrees  true when a current proposal's figures differ from the draft's
 */
public record AccountCompensation(String accountId, ReviewStatus review, Figures draft, String draftProblem,
        Proposal current, boolean disagrees) {

    /** The state shown for the account: its proposal's, or draft when none was recorded. */
    public ProposalState state() {
        return current == null ? ProposalState.DRAFT : current.state();
    }
}
