package io.ledgerline.report;

import java.time.Instant;
import java.util.List;

/**
 * An attacker indicator (an ip, a device id or a destination address) and where it shows up in the whole case.
 *
 * @param kind            "ip", "device" or "address"
 * @param network         the address's network, when known
 * @param firstSeen       its first event anywhere in the case (UTC)
 * @param accounts        every account with an event carrying it, sorted
 * @param flaggedAccounts the suspected accounts whose compromise windows it came from, sorted
 */
public record Indicator(String kind, String value, String network, Instant firstSeen, Instant lastSeen, long events,
        List<String> accounts, List<String> flaggedAccounts) {
}
