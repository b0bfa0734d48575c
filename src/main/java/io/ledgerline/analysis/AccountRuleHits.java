package io.ledgerline.analysis;

import io.ledgerline.analysis.rule.R1NewDeviceRule;
import io.ledgerline.analysis.rule.R2CredentialChangeRule;
import io.ledgerline.analysis.rule.R3FreshAddressRule;
import io.ledgerline.analysis.rule.R4UnsafeDisclosureRule;
import io.ledgerline.domain.EventFacts;
import io.ledgerline.domain.Verification;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which playbook rules each event of one account hits, for marking them on its timeline. The same rule classes the
 * playbook runs, with the same settings, so a mark never disagrees with a finding.
 */
public final class AccountRuleHits {

    private final Map<String, Set<PlaybookRule>> byEventId;

    private AccountRuleHits(Map<String, Set<PlaybookRule>> byEventId) {
        this.byEventId = byEventId;
    }

    /** @param accountEvents one account's events in time order */
    public static AccountRuleHits of(List<EventFacts> accountEvents, PlaybookSettings settings,
            Map<String, Verification> verificationByRequest) {
        Map<String, Set<PlaybookRule>> hits = new HashMap<>();
        mark(hits, new R1NewDeviceRule(settings.newDeviceRule()).flag(accountEvents), PlaybookRule.R1);
        mark(hits, new R2CredentialChangeRule(settings.faceRetryWindow()).flag(accountEvents), PlaybookRule.R2);
        mark(hits, new R3FreshAddressRule(settings.freshAddressAge()).flag(accountEvents), PlaybookRule.R3);
        R4UnsafeDisclosureRule r4 = new R4UnsafeDisclosureRule(verificationByRequest);
        mark(hits, accountEvents.stream().filter(e -> r4.unsafeRequest(e).isPresent()).toList(), PlaybookRule.R4);
        return new AccountRuleHits(hits);
    }

    private static void mark(Map<String, Set<PlaybookRule>> hits, List<EventFacts> flagged, PlaybookRule rule) {
        for (EventFacts e : flagged) {
            hits.computeIfAbsent(e.eventId(), id -> EnumSet.noneOf(PlaybookRule.class)).add(rule);
        }
    }

    /** The rules {@code eventId} hits; empty for none. */
    public Set<PlaybookRule> of(String eventId) {
        return Collections.unmodifiableSet(byEventId.getOrDefault(eventId, EnumSet.noneOf(PlaybookRule.class)));
    }

    public int count() {
        return byEventId.size();
    }
}
