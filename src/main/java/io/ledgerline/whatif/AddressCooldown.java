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
 * Address cool-down: a newly added address cannot receive a withdrawal until {@code cooldown} after its
 * {@code ADDRESS_ADDED}. A withdrawal earlier than that (strictly) is held until the cool-down ends; at exactly the end
 * it goes through. The address's latest successful add at or before the withdrawal counts, as for playbook R3.
 */
public record AddressCooldown(Duration cooldown) implements Control {

    public static final String NAME = "address-cooldown";
    /** The exchange's announcement; also the playbook's R3 freshness, so it covers every R3 withdrawal. */
    public static final AddressCooldown DEFAULTS = new AddressCooldown(Duration.ofHours(24));

    public AddressCooldown {
        ParameterText.requirePositive(cooldown, "cool-down");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Map<String, String> parameters() {
        return ParameterText.ordered("hours", ParameterText.hours(cooldown));
    }

    @Override
    public List<Stop> stops(AccountHistory account) {
        List<Stop> stops = new ArrayList<>();
        Map<String, Instant> addedAt = new HashMap<>();
        for (EventFacts e : account.events()) {
            if (e.address() == null || !e.succeeded()) {
                continue;
            }
            if (e.is(EventType.ADDRESS_ADDED)) {
                addedAt.put(e.address(), e.occurredAt());
            } else if (e.is(EventType.WITHDRAWAL)) {
                Instant added = addedAt.get(e.address());
                if (added != null && e.occurredAt().isBefore(added.plus(cooldown))) {
                    stops.add(Stop.heldUntil(e, StopKind.WITHDRAWAL, added.plus(cooldown)));
                }
            }
        }
        return stops;
    }
}
