package io.ledgerline.analysis;

/** The playbook's rules, as a timeline marks their hits (case-format.md, "Default account-takeover playbook"). */
public enum PlaybookRule {
    R1("new device login"),
    R2("credential change"),
    R3("withdrawal to a fresh address"),
    R4("disclosure under an unsafe request");

    private final String meaning;

    PlaybookRule(String meaning) {
        this.meaning = meaning;
    }

    public String meaning() {
        return meaning;
    }
}
