package io.ledgerline.analysis;

/** Where the investigator's review of a suspected account stands; {@link #code()} is the JSON text. */
public enum ReviewStatus {
    UNREVIEWED("unreviewed"),
    CONFIRMED("confirmed"),
    REJECTED("rejected");

    private final String code;

    ReviewStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
