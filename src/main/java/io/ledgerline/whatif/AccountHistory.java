package io.ledgerline.whatif;

import io.ledgerline.analysis.rule.R4UnsafeDisclosureRule;
import io.ledgerline.domain.EventFacts;
import io.ledgerline.domain.EventType;
import io.ledgerline.domain.LocatedEvent;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * All recorded events of one account, in time order (ties in import order), as the controls replay them.
 *
 * @param disclosures the case's legal requests, to tell an unsafe disclosure (playbook R4)
 */
public record AccountHistory(String accountId, List<LocatedEvent> located, R4UnsafeDisclosureRule disclosures) {

    public AccountHistory {
        located = List.copyOf(located);
    }

    /** The events' playbook facts, in the same order. */
    public List<EventFacts> events() {
        return located.stream().map(LocatedEvent::facts).toList();
    }

    /** The request id when {@code event} released data under an unverified or forged request. */
    public Optional<String> unsafeRequest(EventFacts event) {
        return disclosures.unsafeRequest(event);
    }

    /** The first successful {@code ACCOUNT_FROZEN} in {@code [from, until]}, both ends included, if any. */
    public Optional<Instant> frozenBetween(Instant from, Instant until) {
        for (LocatedEvent e : located) {
            EventFacts f = e.facts();
            if (f.is(EventType.ACCOUNT_FROZEN) && f.succeeded() && !f.occurredAt().isBefore(from)
                    && !f.occurredAt().isAfter(until)) {
                return Optional.of(f.occurredAt());
            }
        }
        return Optional.empty();
    }
}
