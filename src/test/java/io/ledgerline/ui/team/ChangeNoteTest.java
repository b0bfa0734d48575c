package io.ledgerline.ui.team;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ledgerline.analysis.ReviewService;
import io.ledgerline.audit.AuditActions;
import io.ledgerline.domain.AuditEntry;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ChangeNoteTest {

    private static AuditEntry entry(String action, String account, String after) {
        return new AuditEntry(7, Instant.parse("2024-06-12T10:02:11Z"), "k-bob", "bob", action, "t", "1", account,
                null, after, "why", null, null, null);
    }

    @Test
    void saysWhoDidWhatToWhichAccountAndWhen() {
        assertEquals("bob confirmed ACC-100018 (10:02:11)", ChangeNote.of(entry(ReviewService.ACTION, "ACC-100018",
                "{\"id\":3,\"kind\":\"confirm_account\",\"account_id\":\"ACC-100018\"}"), ZoneOffset.UTC));
        assertEquals("bob left withdrawal E9 out of the loss of ACC-1 (10:02:11)", ChangeNote.of(entry(
                ReviewService.ACTION, "ACC-1", "{\"kind\":\"remove_withdrawal\",\"event_id\":\"E9\"}"),
                ZoneOffset.UTC));
        assertEquals("bob approved the compensation of ACC-1 (10:02:11)",
                ChangeNote.of(entry(AuditActions.PROPOSAL_APPROVE, "ACC-1", "{}"), ZoneOffset.UTC));
    }

    @Test
    void theTimeIsThisComputersLocalTime() {
        assertEquals("bob proposed compensation for ACC-1 (12:02:11)", ChangeNote.of(entry(
                AuditActions.PROPOSAL_PROPOSE, "ACC-1", "{}"), ZoneId.of("Europe/Berlin")));
    }

    @Test
    void anUnknownActionOrUnreadableDetailsStillMakeALine() {
        assertEquals("bob decided on ACC-1 (10:02:11)", ChangeNote.of(entry(ReviewService.ACTION, "ACC-1",
                "not json"), ZoneOffset.UTC));
        assertEquals("bob case.rename (10:02:11)", ChangeNote.of(entry("case.rename", null, "{}"), ZoneOffset.UTC));
    }
}
