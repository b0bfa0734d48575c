package io.ledgerline.domain;

/**
 * A failure with a message fit for the user (what failed, what to do next). The cause, if any, keeps the technical
 * detail for the log; the message never carries a stack trace.
 */
public class LedgerlineException extends RuntimeException {

    public LedgerlineException(String userMessage) {
        super(userMessage);
    }

    public LedgerlineException(String userMessage, Throwable cause) {
        super(userMessage, cause);
    }
}
