package io.ledgerline.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Sightings of ips, device ids and addresses in a case, each kind per indicator and account. */
public final class IndicatorSightings {

    private final Kind ips = new Kind();
    private final Kind devices = new Kind();
    private final Kind addresses = new Kind();

    public Kind ips() {
        return ips;
    }

    public Kind devices() {
        return devices;
    }

    public Kind addresses() {
        return addresses;
    }

    /** The sightings of one kind of indicator. */
    public static final class Kind {
        private final Map<String, Map<String, Sighting>> byValue = new TreeMap<>();

        void see(String value, String accountId, Instant at) {
            byValue.computeIfAbsent(value, v -> new TreeMap<>()).merge(accountId,
                    new Sighting(value, accountId, at, at, 1),
                    (a, b) -> new Sighting(value, accountId, min(a.firstSeen(), at), max(a.lastSeen(), at),
                            a.events() + 1));
        }

        /** Each account that shows {@code value}, by account id; empty when it shows nowhere. */
        public List<Sighting> of(String value) {
            return new ArrayList<>(byValue.getOrDefault(value, Map.of()).values());
        }

        private static Instant min(Instant a, Instant b) {
            return a.isBefore(b) ? a : b;
        }

        private static Instant max(Instant a, Instant b) {
            return a.isAfter(b) ? a : b;
        }
    }
}
