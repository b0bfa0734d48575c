package io.ledgerline.whatif;

import io.ledgerline.domain.EventFacts;
import io.ledgerline.domain.EventType;
import io.ledgerline.domain.LocatedEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Step-up on a login from a new device in a new country: a successful {@code LOGIN} from a device no earlier event of
 * the account carried (as playbook R1) and from a country no earlier successful login of the account came from must
 * pass an extra check first. A login without device or country, or an account's first, is never new.
 *
 * <p>The step-up is answered through the account's second factor (phone, e-mail or 2FA). When one of those was
 * changed at most {@code factorWindow} before the login, whoever changed it answers: the replay counts the login as
 * challenged (friction, but no obstacle to an attacker who changed them); otherwise as refused. A window of zero
 * trusts the step-up always.
 */
public record NewCountryStepUp(Duration factorWindow) implements Control {

    public static final String NAME = "step-up";
    /** The playbook's compromise lookback: a factor changed that recently may well be the attacker's. */
    public static final NewCountryStepUp DEFAULTS = new NewCountryStepUp(Duration.ofHours(72));

    private static final Set<String> FACTOR_CHANGES = Set.of(EventType.PHONE_CHANGE.name(),
            EventType.EMAIL_CHANGE.name(), EventType.MFA_ENABLED.name(), EventType.MFA_DISABLED.name(),
            EventType.MFA_CHANGED.name());

    public NewCountryStepUp {
        ParameterText.requireNotNegative(factorWindow, "factor window");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Map<String, String> parameters() {
        return ParameterText.ordered("factor-hours", ParameterText.hours(factorWindow));
    }

    @Override
    public List<Stop> stops(AccountHistory account) {
        List<Stop> stops = new ArrayList<>();
        Set<String> devices = new HashSet<>();
        Set<String> countries = new HashSet<>();
        Instant factorChanged = null;
        for (LocatedEvent located : account.located()) {
            EventFacts e = located.facts();
            if (e.succeeded() && FACTOR_CHANGES.contains(e.type())) {
                factorChanged = e.occurredAt();
            }
            if (e.is(EventType.LOGIN) && e.succeeded()) {
                String country = located.loginCountry();
                if (isNew(e.deviceId(), devices) && isNew(country, countries)) {
                    boolean attackerHoldsFactor = factorChanged != null && !factorWindow.isZero()
                            && !e.occurredAt().isAfter(factorChanged.plus(factorWindow));
                    stops.add(attackerHoldsFactor ? Stop.challenged(e, StopKind.LOGIN)
                            : Stop.refused(e, StopKind.LOGIN));
                }
                if (country != null) {
                    countries.add(country);
                }
            }
            if (e.deviceId() != null) {
                devices.add(e.deviceId());
            }
        }
        return stops;
    }

    private static boolean isNew(String value, Set<String> seen) {
        return value != null && !seen.isEmpty() && !seen.contains(value);
    }
}
