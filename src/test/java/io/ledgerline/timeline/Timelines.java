package io.ledgerline.timeline;

import io.ledgerline.analysis.AccountRuleHits;
import io.ledgerline.analysis.CompromiseWindow;
import io.ledgerline.analysis.PlaybookSettings;
import io.ledgerline.domain.EventFacts;
import io.ledgerline.store.TimelineEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Timelines built in memory from {@code testing.Events}, for tests that need no case file. */
final class Timelines {

    private Timelines() {
    }

    static AccountTimeline of(List<EventFacts> events) {
        return of(events, Optional.empty(), Set.of());
    }

    static AccountTimeline of(List<EventFacts> events, Optional<CompromiseWindow> window, Set<String> unauthorized) {
        List<TimelineEntry> entries = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            entries.add(new TimelineEntry(i + 1, events.get(i), "DE"));
        }
        return new AccountTimeline(events.get(0).accountId(), entries, new TimelineFindings(window, unauthorized,
                AccountRuleHits.of(events, PlaybookSettings.defaults(), Map.of()), Map.of()));
    }

    static TimelineScene scene(AccountTimeline timeline) {
        return new TimelineScene(timeline, Annotations.of(List.of()), EventFilter.ALL);
    }
}
