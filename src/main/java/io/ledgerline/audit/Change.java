package io.ledgerline.audit;

import io.ledgerline.store.WrittenRow;

/**
 * One change an investigator makes, as its audit entry records it.
 *
 * @param action     what was done, {@code noun.verb} (e.g. {@code review.decide}, {@code proposal.approve})
 * @param objectType the table of the row written
 * @param objectId   that row's key
 * @param accountId  the account concerned, or null
 * @param before     what the change supersedes (a row or any plain value), or null when nothing
 * @param after      the row as written (verify compares it with the row in the case)
 * @param reason     why; null where none is asked for
 */
public record Change(String action, String objectType, String objectId, String accountId, Object before, Object after,
        String reason) {

    /** The change that wrote {@code row}. */
    public static Change of(String action, WrittenRow row, String accountId, Object before, String reason) {
        return new Change(action, row.table(), row.key(), accountId, before, row.columns(), reason);
    }
}
