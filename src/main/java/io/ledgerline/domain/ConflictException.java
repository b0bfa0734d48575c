package io.ledgerline.domain;

/**
 * Someone else changed what the investigator was deciding on while they looked at it (on a shared case): the change is
 * refused, nothing is written, and the message says who changed what, so they can reload and decide again.
 */
public class ConflictException extends InputRefusedException {

    public ConflictException(String message) {
        super(message);
    }
}
