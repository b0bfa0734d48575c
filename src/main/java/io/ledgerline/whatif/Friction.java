package io.ledgerline.whatif;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What a control would have cost honest customers: on the accounts the playbook does not find compromised, the
 * recorded events it would have stopped, per kind, and the accounts they belong to. An event stopped by two controls
 * of a combination counts once.
 *
 * @param events   stopped events per kind (every kind present, zero when none)
 * @param accounts account ids per kind, sorted (every kind present)
 */
public record Friction(Map<StopKind, Long> events, Map<StopKind, SortedSet<String>> accounts) {

    public Friction {
        events = Collections.unmodifiableMap(new EnumMap<>(events));
        Map<StopKind, SortedSet<String>> copy = new EnumMap<>(StopKind.class);
        accounts.forEach((k, v) -> copy.put(k, Collections.unmodifiableSortedSet(new TreeSet<>(v))));
        accounts = Collections.unmodifiableMap(copy);
    }

    public long events(StopKind kind) {
        return events.getOrDefault(kind, 0L);
    }

    public int accounts(StopKind kind) {
        return accounts.containsKey(kind) ? accounts.get(kind).size() : 0;
    }

    /** Honest accounts with at least one stopped event of any kind. */
    public Set<String> affectedAccounts() {
        SortedSet<String> all = new TreeSet<>();
        accounts.values().forEach(all::addAll);
        return Collections.unmodifiableSortedSet(all);
    }
}
