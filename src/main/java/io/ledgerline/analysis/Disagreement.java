package io.ledgerline.analysis;

/**
 * Where a kept review decision and the current playbook run disagree, so the investigator can look again. The
 * decision still counts; the disagreement only reports.
 *
 * @param eventId the withdrawal concerned, or null for an account-level disagreement
 * @param decisionId the id of the recorded decision that disagrees
 */
public record Disagreement(String accountId, String eventId, Kind kind, long decisionId) {

    /** The kinds of disagreement; {@link #code()} is the JSON text. */
    public enum Kind {
        /** Confirmed by the investigator, but the run does not suspect the account (any more, or ever). */
        CONFIRMED_NOT_SUSPECTED("confirmed_not_suspected"),
        /** Removed by the investigator, but the run does not flag that withdrawal anyway: the removal does nothing. */
        REMOVED_NOT_FLAGGED("removed_not_flagged"),
        /** Added by the investigator, but the run flags that withdrawal itself now. */
        ADDED_ALREADY_FLAGGED("added_already_flagged"),
        /** A withdrawal decision on an account that is neither suspected by the run nor confirmed: not applied. */
        WITHDRAWAL_OF_UNLISTED_ACCOUNT("withdrawal_of_unlisted_account");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }
}
