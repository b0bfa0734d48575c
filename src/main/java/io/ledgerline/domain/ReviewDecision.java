package io.ledgerline.domain;

/**
 * An investigator's decision on one suspected account or one of its withdrawals, as asked for (not yet recorded).
 *
 * @param investigator who decided (free text, e.g. the OS user name)
 * @param eventId      the withdrawal's event id for {@link DecisionKind#aboutWithdrawal()} kinds, else null
 * @param reason       why; never blank
 */
public record ReviewDecision(String investigator, String accountId, DecisionKind kind, String eventId,
        String reason) {
}
