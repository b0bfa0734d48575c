package io.ledgerline.whatif;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/** Counts one control's friction while accounts are replayed, possibly on several threads. */
final class FrictionTally {

    private final Map<StopKind, Long> events = new EnumMap<>(StopKind.class);
    private final Map<StopKind, SortedSet<String>> accounts = new EnumMap<>(StopKind.class);

    FrictionTally() {
        for (StopKind kind : StopKind.values()) {
            events.put(kind, 0L);
            accounts.put(kind, new TreeSet<>());
        }
    }

    /** Adds one honest account's stops; an event stopped twice (by two parts of a combination) counts once. */
    void add(String accountId, List<Stop> stops) {
        if (stops.isEmpty()) {
            return;
        }
        Map<StopKind, Set<String>> distinct = new EnumMap<>(StopKind.class);
        for (Stop s : stops) {
            distinct.computeIfAbsent(s.kind(), k -> new HashSet<>()).add(s.event().eventId());
        }
        synchronized (this) {
            distinct.forEach((kind, ids) -> {
                events.merge(kind, (long) ids.size(), Long::sum);
                accounts.get(kind).add(accountId);
            });
        }
    }

    synchronized Friction result() {
        return new Friction(events, accounts);
    }
}
