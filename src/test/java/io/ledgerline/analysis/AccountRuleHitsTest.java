package io.ledgerline.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerline.domain.EventFacts;
import io.ledgerline.domain.Verification;
import io.ledgerline.testing.Events;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccountRuleHitsTest {

    @Test
    void marksEachEventWithTheRulesThePlaybookAppliesToIt() {
        Events e = Events.of("ACC-1").at("2024-05-01T00:00:00Z").from("10.0.0.1", "dev-home").login("dev-home")
                .after(Duration.ofDays(20)).disclosure("LR-1")
                .after(Duration.ofHours(2)).event("PHONE_CHANGE")
                .after(Duration.ofMinutes(10)).from("185.0.0.1", "dev-evil").login("dev-evil")
                .after(Duration.ofMinutes(10)).addressAdded("drop")
                .after(Duration.ofHours(1)).withdrawal("drop");
        List<EventFacts> events = e.list();
        AccountRuleHits hits = AccountRuleHits.of(events, PlaybookSettings.defaults(),
                Map.of("LR-1", Verification.FORGED));
        assertEquals(Set.of(), hits.of("ACC-1-1"), "the first login on the first device is not new to the account");
        assertEquals(Set.of(PlaybookRule.R4), hits.of("ACC-1-2"));
        assertEquals(Set.of(PlaybookRule.R2), hits.of("ACC-1-3"));
        assertEquals(Set.of(PlaybookRule.R1), hits.of("ACC-1-4"));
        assertEquals(Set.of(), hits.of("ACC-1-5"));
        assertEquals(Set.of(PlaybookRule.R3), hits.of("ACC-1-6"));

        AccountRuleHits verified = AccountRuleHits.of(events, PlaybookSettings.defaults(),
                Map.of("LR-1", Verification.VERIFIED));
        assertTrue(verified.of("ACC-1-2").isEmpty(), "a disclosure under a verified request is not unsafe");
        AccountRuleHits noR1 = AccountRuleHits.of(events, PlaybookSettings.defaults().withNewDeviceRule(false),
                Map.of());
        assertTrue(noR1.of("ACC-1-4").isEmpty(), "the run's settings apply: R1 switched off");
    }
}
