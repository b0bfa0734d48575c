package io.ledgerline.analysis.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ledgerline.domain.Outcome;
import io.ledgerline.domain.Verification;
import io.ledgerline.testing.Events;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class R4UnsafeDisclosureRuleTest {

    private final R4UnsafeDisclosureRule rule = new R4UnsafeDisclosureRule(Map.of("LR-F", Verification.FORGED,
            "LR-U", Verification.UNVERIFIED, "LR-V", Verification.VERIFIED));

    @Test
    void disclosureUnderForgedOrUnverifiedRequestIsUnsafe() {
        assertEquals(Optional.of("LR-F"), rule.unsafeRequest(Events.of("A").disclosure("LR-F").last()));
        assertEquals(Optional.of("LR-U"), rule.unsafeRequest(Events.of("A").disclosure("LR-U").last()));
    }

    @Test
    void disclosureUnderVerifiedOrUnknownRequestIsNotFlagged() {
        assertEquals(Optional.empty(), rule.unsafeRequest(Events.of("A").disclosure("LR-V").last()));
        assertEquals(Optional.empty(), rule.unsafeRequest(Events.of("A").disclosure("LR-X").last()));
    }

    @Test
    void failedDisclosureOrOtherEventIsNotFlagged() {
        assertEquals(Optional.empty(), rule.unsafeRequest(Events.of("A").disclosure("LR-F", Outcome.FAILURE).last()));
        assertEquals(Optional.empty(), rule.unsafeRequest(Events.of("A").event("SUPPORT_CONTACT").last()));
    }
}
