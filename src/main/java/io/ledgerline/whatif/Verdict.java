package io.ledgerline.whatif;

/** What a control would have done to one unauthorized withdrawal. */
public enum Verdict {
    /** Refused: the withdrawal, or a step the attack needed before it, would not have gone through. */
    BLOCKED("blocked", true),
    /** Held, and the account was frozen before the hold ended: the money would not have left. */
    HELD_PAST_FREEZE("held_past_freeze", true),
    /** Held, but released before any freeze: the money would have left later. */
    DELAYED("delayed", false),
    NOT_STOPPED("not_stopped", false);

    private final String code;
    private final boolean prevented;

    Verdict(String code, boolean prevented) {
        this.code = code;
        this.prevented = prevented;
    }

    public String code() {
        return code;
    }

    /** Whether the loss of the withdrawal would have been prevented. */
    public boolean prevented() {
        return prevented;
    }
}
