package io.ledgerline.domain;

import java.util.Arrays;
import java.util.Optional;

/** What an investigator decided about a playbook proposal; {@link #code()} is the text stored in the case. */
public enum DecisionKind {
    CONFIRM_ACCOUNT("confirm_account"),
    REJECT_ACCOUNT("reject_account"),
    ADD_WITHDRAWAL("add_withdrawal"),
    REMOVE_WITHDRAWAL("remove_withdrawal");

    private final String code;

    DecisionKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Whether the decision is about one withdrawal (and so names its event) rather than the whole account. */
    public boolean aboutWithdrawal() {
        return this == ADD_WITHDRAWAL || this == REMOVE_WITHDRAWAL;
    }

    public static Optional<DecisionKind> parse(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
