package io.ledgerline.analysis;

import io.ledgerline.analysis.rule.R1NewDeviceRule;
import io.ledgerline.analysis.rule.R2CredentialChangeRule;
import io.ledgerline.analysis.rule.R3FreshAddressRule;
import io.ledgerline.analysis.rule.R4UnsafeDisclosureRule;
import io.ledgerline.domain.EventFacts;
import io.ledgerline.domain.Verification;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which playbook rules (R1–R4) each event of one account hits under a run's settings, for a report's timeline. The same
 * rule classes as the playbook, so the labels cannot drift from what the run judged. Stateless; thread-safe.
 */
public final class RuleHits {

    private final R1NewDeviceRule r1;
    private final R2CredentialChangeRule r2;
    private final R3FreshAddressRule r3;
    private final R4UnsafeDisclosureRule r4;

    public RuleHits(PlaybookSettings settings, Map<String, Verification> verificationByRequest) {
        this.r1 = new R1NewDeviceRule(settings.newDeviceRule());
        this.r2 = new R2CredentialChangeRule(settings.faceRetryWindow());
        this.r3 = new R3FreshAddressRule(settings.freshAddressAge());
        this.r4 = new R4UnsafeDisclosureRule(verificationByRequest);
    }

    /**
     * The rules each event hits, by event id, each set in rule order ("R1", "R2"…); events that hit none are absent.
     *
     * @param accountEvents all of one account's events in time order (R1 and R3 look back over its history)
     */
    public Map<String, TreeSet<String>> of(List<EventFacts> accountEvents) {
        Map<String, TreeSet<String>> hits = new TreeMap<>();
        r1.flag(accountEvents).forEach(e -> hits.computeIfAbsent(e.eventId(), k -> new TreeSet<>()).add("R1"));
        r2.flag(accountEvents).forEach(e -> hits.computeIfAbsent(e.eventId(), k -> new TreeSet<>()).add("R2"));
        r3.flag(accountEvents).forEach(e -> hits.computeIfAbsent(e.eventId(), k -> new TreeSet<>()).add("R3"));
        for (EventFacts e : accountEvents) {
            r4.unsafeRequest(e).ifPresent(r -> hits.computeIfAbsent(e.eventId(), k -> new TreeSet<>()).add("R4"));
        }
        return hits;
    }
}
