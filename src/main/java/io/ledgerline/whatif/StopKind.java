package io.ledgerline.whatif;

/** What a control stops; the code names the friction count in JSON and reports. */
public enum StopKind {
    /** A successful withdrawal refused or held. */
    WITHDRAWAL("withdrawals_delayed", "Withdrawals delayed"),
    /** A successful login that had to pass a step-up check. */
    LOGIN("logins_stepped_up", "Logins stepped up"),
    /** A passed face check refused or held by a face-check lock. */
    FACE_CHECK("face_checks_refused", "Face checks refused"),
    /** A disclosure of customer data that would not have been made. */
    DISCLOSURE("disclosures_withheld", "Disclosures withheld");

    private final String code;
    private final String label;

    StopKind(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** A step of the takeover (login, face check, disclosure), as opposed to the withdrawal itself. */
    public boolean isStep() {
        return this != WITHDRAWAL;
    }
}
