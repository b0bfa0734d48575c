package io.ledgerline.ui.timeline;

import io.ledgerline.domain.DecisionKind;

/** Records an investigator's review decision taken on the timeline; the main window owns the case and its analysis. */
@FunctionalInterface
public interface ReviewActions {

    /** @param eventId the withdrawal for a withdrawal decision, null for an account decision */
    void decide(DecisionKind kind, String accountId, String eventId, String reason);
}
