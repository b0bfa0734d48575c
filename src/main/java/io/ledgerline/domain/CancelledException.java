package io.ledgerline.domain;

/** The user cancelled the work; whatever it was writing was rolled back. */
public class CancelledException extends LedgerlineException {

    public CancelledException() {
        super("Cancelled: the case is unchanged.");
    }
}
