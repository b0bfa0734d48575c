package io.ledgerline.report;

/** The two workbooks; {@link #code()} is how the case records them. */
public enum ReportKind {
    REGULATOR("regulator", "Regulator filing"),
    COMPENSATION("compensation", "Compensation basis");

    private final String code;
    private final String title;

    ReportKind(String code, String title) {
        this.code = code;
        this.title = title;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }
}
