package io.ledgerline.whatif;

import io.ledgerline.domain.EventFacts;
import io.ledgerline.domain.EventType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Address expiry: an address not used for {@code unused} (exactly that long included) must be authenticated again
 * before it receives a withdrawal. Adding an address authenticates it; each successful withdrawal to it uses it. The
 * withdrawal is refused until the owner re-authenticates the address; whether re-authentication would have stopped an
 * attacker is not in the case, so the replay counts such a refusal as stopping the withdrawal. A withdrawal to an
 * address the case never shows being added is not judged (its age is unknown).
 */
public record AddressExpiry(Duration unused) implements Control {

    public static final String NAME = "address-expiry";
    /** A quarter of a year: long enough that an address paid every month never expires. */
    public static final AddressExpiry DEFAULTS = new AddressExpiry(Duration.ofDays(90));

    public AddressExpiry {
        ParameterText.requirePositive(unused, "expiry");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Map<String, String> parameters() {
        return ParameterText.ordered("days", ParameterText.days(unused));
    }

    @Override
    public List<Stop> stops(AccountHistory account) {
        List<Stop> stops = new ArrayList<>();
        Map<String, Instant> lastUsed = new HashMap<>();
        for (EventFacts e : account.events()) {
            if (e.address() == null || !e.succeeded()) {
                continue;
            }
            if (e.is(EventType.ADDRESS_ADDED)) {
                lastUsed.put(e.address(), e.occurredAt());
            } else if (e.is(EventType.WITHDRAWAL)) {
                Instant last = lastUsed.put(e.address(), e.occurredAt());
                if (last != null && !e.occurredAt().isBefore(last.plus(unused))) {
                    stops.add(Stop.refused(e, StopKind.WITHDRAWAL));
                }
            }
        }
        return stops;
    }
}
