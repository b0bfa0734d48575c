package io.ledgerline.whatif;

import io.ledgerline.analysis.rule.R3FreshAddressRule;
import java.time.Duration;
import java.util.ArrayList;
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
        R3FreshAddressRule.withdrawalsToAddressesYoungerThan(account.events(), cooldown, (withdrawal, added) ->
                stops.add(Stop.heldUntil(withdrawal, StopKind.WITHDRAWAL, added.plus(cooldown))));
        return stops;
    }
}
