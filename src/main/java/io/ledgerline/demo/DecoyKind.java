package io.ledgerline.demo;

/** The benign look-alikes the playbook must not report as compromised. */
public enum DecoyKind {
    /** A password change by the owner, with no withdrawal afterwards. */
    PASSWORD_CHANGE_WITHOUT_WITHDRAWAL,
    /** A new address whose first withdrawal comes three days after it was added (R3 needs under 24 h). */
    ADDRESS_USED_THREE_DAYS_LATER,
    /** A login from a new phone, from the usual ip and country, then only withdrawals to long-known addresses. */
    NEW_DEVICE_WITHOUT_FRESH_ADDRESS
}
