package io.ledgerline.domain;

/** The lanes of an account's timeline: every event type belongs to exactly one (case-format.md, "Event types"). */
public enum Category {
    ACCESS("access"),
    CREDENTIALS("credentials"),
    IDENTITY("identity"),
    ADDRESS_BOOK("address book"),
    FUNDS("funds"),
    API("api"),
    SUPPORT_LEGAL("support and legal"),
    ACCOUNT("account"),
    OTHER("other");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
