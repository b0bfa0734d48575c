package io.ledgerline.whatif;

import io.ledgerline.domain.EventFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Verified judicial cooperation: no customer data is disclosed under a legal request marked {@code unverified} or
 * {@code forged} (playbook R4). Each such successful {@code DATA_DISCLOSURE} is refused. What the attack did after it
 * is stopped only where the case shows the attacker needed that data: see {@link AttackReplay}.
 */
public record VerifiedJudicialCooperation() implements Control {

    public static final String NAME = "judicial";
    public static final VerifiedJudicialCooperation DEFAULTS = new VerifiedJudicialCooperation();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Map<String, String> parameters() {
        return Map.of();
    }

    @Override
    public List<Stop> stops(AccountHistory account) {
        List<Stop> stops = new ArrayList<>();
        for (EventFacts e : account.events()) {
            if (account.unsafeRequest(e).isPresent()) {
                stops.add(Stop.refused(e, StopKind.DISCLOSURE));
            }
        }
        return stops;
    }
}
