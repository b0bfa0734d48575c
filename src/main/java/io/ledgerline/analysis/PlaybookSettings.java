package io.ledgerline.analysis;

import io.ledgerline.analysis.rule.R1NewDeviceRule;
import io.ledgerline.analysis.rule.R2CredentialChangeRule;
import io.ledgerline.analysis.rule.R3FreshAddressRule;
import java.time.Duration;
import java.util.Objects;

/**
 * Every threshold of the account-takeover playbook (case-format.md, "Default account-takeover playbook"). A run records
 * the settings it used, so a report can say under which thresholds a finding was made.
 *
 * @param newDeviceRule      whether R1 (successful login from a device not seen on the account before) is applied
 * @param faceRetryWindow    R2: a passed face check at most this long after a failed one is a credential event
 *                           (inclusive)
 * @param freshAddressAge    R3: a withdrawal to an address added less than this long before is to a fresh address
 *                           (exclusive)
 * @param compromiseLookback an R3 withdrawal at most this long after an R1/R2 event is a suspected compromise
 *                           (inclusive)
 */
public record PlaybookSettings(boolean newDeviceRule, Duration faceRetryWindow, Duration freshAddressAge,
        Duration compromiseLookback) {

    public PlaybookSettings {
        requirePositive(faceRetryWindow, "faceRetryWindow");
        requirePositive(freshAddressAge, "freshAddressAge");
        requirePositive(compromiseLookback, "compromiseLookback");
    }

    /** The contract's defaults: R1 on, 1 h face-check retry, fresh address under 24 h, 72 h lookback. */
    public static PlaybookSettings defaults() {
        return new PlaybookSettings(R1NewDeviceRule.ENABLED_BY_DEFAULT, R2CredentialChangeRule.FACE_RETRY_WINDOW,
                R3FreshAddressRule.FRESH_ADDRESS_AGE, CompromiseWindow.LOOKBACK);
    }

    public PlaybookSettings withNewDeviceRule(boolean on) {
        return new PlaybookSettings(on, faceRetryWindow, freshAddressAge, compromiseLookback);
    }

    public PlaybookSettings withFreshAddressAge(Duration age) {
        return new PlaybookSettings(newDeviceRule, faceRetryWindow, age, compromiseLookback);
    }

    public PlaybookSettings withCompromiseLookback(Duration lookback) {
        return new PlaybookSettings(newDeviceRule, faceRetryWindow, freshAddressAge, lookback);
    }

    public PlaybookSettings withFaceRetryWindow(Duration window) {
        return new PlaybookSettings(newDeviceRule, window, freshAddressAge, compromiseLookback);
    }

    private static void requirePositive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, not " + d);
        }
    }
}
