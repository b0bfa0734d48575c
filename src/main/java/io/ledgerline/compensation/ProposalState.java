package io.ledgerline.compensation;

import java.util.Arrays;

/**
 * Where a compensation proposal stands: draft (figures computed, nothing recorded) → proposed → approved or returned
 * (with reason) → paid (with the payout reference). {@link #code()} is the stored and JSON text.
 */
public enum ProposalState {
    DRAFT("draft"),
    PROPOSED("proposed"),
    APPROVED("approved"),
    RETURNED("returned"),
    PAID("paid");

    private final String code;

    ProposalState(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static ProposalState parse(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no proposal state " + code));
    }
}
