package io.ledgerline.analysis.rule;

import io.ledgerline.domain.EventFacts;
import io.ledgerline.domain.EventType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * R3 fresh address: a successful {@code WITHDRAWAL} to an address whose {@code ADDRESS_ADDED} on the same account was
 * less than {@link #FRESH_ADDRESS_AGE} earlier.
 *
 * <p>"Less than 24 h" excludes exactly 24 h. The address's latest successful {@code ADDRESS_ADDED} at or before the
 * withdrawal counts (an address removed and added again is fresh again); an add at the same instant as the withdrawal,
 * imported before it, counts as earlier. Addresses compare as exact text.
 *
 * <p>On a server case the playbook reads only the accounts a set-based query picks with a looser reading of this rule
 * (any successful add at or before the withdrawal, less than the age earlier: {@code PlaybookStore
 * .forEachEventThatCanHit}); a change that widens this rule must widen that pick too.
 */
public final class R3FreshAddressRule {

    /** case-format.md: "ADDRESS_ADDED on the same account was less than 24 h earlier". */
    public static final Duration FRESH_ADDRESS_AGE = Duration.ofHours(24);

    private final Duration freshAddressAge;

    public R3FreshAddressRule(Duration freshAddressAge) {
        this.freshAddressAge = freshAddressAge;
    }

    /** The R3 withdrawals among one account's events, which must be in time order. */
    public List<EventFacts> flag(List<EventFacts> accountEvents) {
        List<EventFacts> flagged = new ArrayList<>();
        withdrawalsToAddressesYoungerThan(accountEvents, freshAddressAge, (withdrawal, added) -> flagged.add(withdrawal));
        return flagged;
    }

    /**
     * Every successful withdrawal made less than {@code age} after its address was added, with the time it was added,
     * under this rule's reading of "added" (the latest successful add at or before it; exact text): the one place that
     * reading lives, for R3 and for the what-if address cool-down.
     *
     * @param accountEvents one account's events in time order
     */
    public static void withdrawalsToAddressesYoungerThan(List<EventFacts> accountEvents, Duration age,
            BiConsumer<EventFacts, Instant> sink) {
        Map<String, Instant> addedAt = new HashMap<>();
        for (EventFacts e : accountEvents) {
            if (e.address() == null || !e.succeeded()) {
                continue;
            }
            if (e.is(EventType.ADDRESS_ADDED)) {
                addedAt.put(e.address(), e.occurredAt());
            } else if (e.is(EventType.WITHDRAWAL)) {
                Instant added = addedAt.get(e.address());
                if (added != null && e.occurredAt().isBefore(added.plus(age))) {
                    sink.accept(e, added);
                }
            }
        }
    }
}
