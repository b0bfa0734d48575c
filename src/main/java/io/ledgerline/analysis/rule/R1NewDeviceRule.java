package io.ledgerline.analysis.rule;

import io.ledgerline.domain.EventFacts;
import io.ledgerline.domain.EventType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * R1 new device: a successful {@code LOGIN} from a {@code device_id} not seen on the account before.
 *
 * <p>"Seen before" means carried by any earlier event of the account (in time order, ties by import order), whatever
 * its type or outcome: a device the account registered or failed a login with is known to it. The first device an
 * account ever shows is <em>not</em> new: with no device seen at all there is nothing it could be new against, and
 * flagging it would make every account's first login an R1 event. A login without a device_id is never R1.
 */
public final class R1NewDeviceRule {

    /** The contract's playbook applies R1. */
    public static final boolean ENABLED_BY_DEFAULT = true;

    private final boolean enabled;

    public R1NewDeviceRule(boolean enabled) {
        this.enabled = enabled;
    }

    /** The R1 logins among one account's events, which must be in time order; empty when the rule is off. */
    public List<EventFacts> flag(List<EventFacts> accountEvents) {
        List<EventFacts> flagged = new ArrayList<>();
        if (!enabled) {
            return flagged;
        }
        Set<String> seen = new HashSet<>();
        for (EventFacts e : accountEvents) {
            String device = e.deviceId();
            if (device == null) {
                continue;
            }
            if (e.is(EventType.LOGIN) && e.succeeded() && !seen.isEmpty() && !seen.contains(device)) {
                flagged.add(e);
            }
            seen.add(device);
        }
        return flagged;
    }
}
