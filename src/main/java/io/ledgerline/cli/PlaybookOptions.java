package io.ledgerline.cli;

import io.ledgerline.analysis.PlaybookSettings;
import java.time.Duration;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The playbook's thresholds as command-line options; each defaults to the contract's value. */
final class PlaybookOptions {

    @Option(names = "--fresh-address-hours", paramLabel = "H",
            description = "R3: a withdrawal address is fresh when added less than H hours before (default 24).")
    Long freshAddressHours;

    @Option(names = "--lookback-hours", paramLabel = "H",
            description = "Suspected compromise: R1/R2 within H hours before the fresh-address withdrawal "
                    + "(default 72).")
    Long lookbackHours;

    @Option(names = "--face-retry-minutes", paramLabel = "M",
            description = "R2: a face check passed within M minutes of a failed one (default 60).")
    Long faceRetryMinutes;

    @Option(names = "--no-new-device-rule", description = "Turn R1 (login from a new device) off.")
    boolean noNewDeviceRule;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    PlaybookSettings settings() {
        positive("--fresh-address-hours", freshAddressHours, "hours");
        positive("--lookback-hours", lookbackHours, "hours");
        positive("--face-retry-minutes", faceRetryMinutes, "minutes");
        try {
            return build();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(command.commandLine(), "Playbook thresholds must be positive: "
                    + e.getMessage());
        }
    }

    private void positive(String option, Number value, String unit) {
        if (value != null && value.longValue() <= 0) {
            throw new ParameterException(command.commandLine(), option + " must be a positive number of " + unit
                    + ", not " + value + ".");
        }
    }

    private PlaybookSettings build() {
        PlaybookSettings settings = PlaybookSettings.defaults();
        if (freshAddressHours != null) {
            settings = settings.withFreshAddressAge(Duration.ofHours(freshAddressHours));
        }
        if (lookbackHours != null) {
            settings = settings.withCompromiseLookback(Duration.ofHours(lookbackHours));
        }
        if (faceRetryMinutes != null) {
            settings = settings.withFaceRetryWindow(Duration.ofMinutes(faceRetryMinutes));
        }
        return noNewDeviceRule ? settings.withNewDeviceRule(false) : settings;
    }
}
