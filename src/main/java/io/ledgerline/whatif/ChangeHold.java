package io.ledgerline.whatif;

import io.ledgerline.domain.Category;
import io.ledgerline.domain.EventFacts;
import io.ledgerline.domain.EventType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Withdrawal hold after a credential or identity change: a successful withdrawal less than {@code hold} after a
 * successful change of phone, e-mail, password or 2FA (the contract's credentials category) or a passed face check is
 * held until {@code hold} after the latest such change; at exactly that moment it goes through.
 */
public record ChangeHold(Duration hold) implements Control {

    public static final String NAME = "change-hold";
    public static final ChangeHold DEFAULTS = new ChangeHold(Duration.ofHours(24));

    public ChangeHold {
        ParameterText.requirePositive(hold, "hold");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Map<String, String> parameters() {
        return ParameterText.ordered("hours", ParameterText.hours(hold));
    }

    @Override
    public List<Stop> stops(AccountHistory account) {
        List<Stop> stops = new ArrayList<>();
        Instant lastChange = null;
        for (EventFacts e : account.events()) {
            if (!e.succeeded()) {
                continue;
            }
            if (isChange(e)) {
                lastChange = e.occurredAt();
            } else if (e.is(EventType.WITHDRAWAL) && lastChange != null
                    && e.occurredAt().isBefore(lastChange.plus(hold))) {
                stops.add(Stop.heldUntil(e, StopKind.WITHDRAWAL, lastChange.plus(hold)));
            }
        }
        return stops;
    }

    private static boolean isChange(EventFacts e) {
        return e.category() == Category.CREDENTIALS || e.is(EventType.FACE_VERIFICATION);
    }
}
