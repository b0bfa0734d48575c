package io.ledgerline.whatif;

import io.ledgerline.analysis.rule.R4UnsafeDisclosureRule;
import io.ledgerline.domain.EventFacts;
import io.ledgerline.domain.LocatedEvent;
import io.ledgerline.domain.Verification;
import io.ledgerline.testing.Events;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Account histories for control tests, built from {@link Events}. */
final class Histories {

    /** LR-FORGED is forged, LR-OK verified. */
    static final R4UnsafeDisclosureRule REQUESTS = new R4UnsafeDisclosureRule(
            Map.of("LR-FORGED", Verification.FORGED, "LR-OK", Verification.VERIFIED));

    private Histories() {
    }

    static AccountHistory of(Events events) {
        return of(events, e -> null);
    }

    /** With each login's country given by {@code countryOf} (e.g. from its ip). */
    static AccountHistory of(Events events, Function<EventFacts, String> countryOf) {
        List<LocatedEvent> located = events.list().stream()
                .map(e -> new LocatedEvent(e, e.is(io.ledgerline.domain.EventType.LOGIN) ? countryOf.apply(e) : null))
                .toList();
        return new AccountHistory(events.account(), located, REQUESTS);
    }

    static List<String> ids(List<Stop> stops) {
        return stops.stream().map(s -> s.event().eventId()).toList();
    }
}
