package io.ledgerline.ui.team;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerline.analysis.PlaybookService;
import io.ledgerline.analysis.ReviewService;
import io.ledgerline.audit.AuditActions;
import io.ledgerline.compensation.CompensationService;
import io.ledgerline.compensation.RecoveredService;
import io.ledgerline.domain.AuditEntry;
import io.ledgerline.importer.ImportService;
import io.ledgerline.importer.timesketch.TimesketchImportService;
import io.ledgerline.report.FilingService;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * One line for the status bar saying what a colleague just did on a shared case, e.g. "bob confirmed ACC-100018
 * (10:02:11)", from their audit entry. The time is the local time of this computer, as the investigator reads clocks.
 */
public final class ChangeNote {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private ChangeNote() {
    }

    public static String of(AuditEntry e, ZoneId zone) {
        return e.investigator() + " " + what(e) + " (" + TIME.withZone(zone).format(e.at()) + ")";
    }

    private static String what(AuditEntry e) {
        String account = e.accountId() == null ? "" : e.accountId();
        return switch (e.action()) {
            case ReviewService.ACTION -> decision(e, account);
            case AuditActions.PROPOSAL_PROPOSE -> "proposed compensation for " + account;
            case AuditActions.PROPOSAL_APPROVE -> "approved the compensation of " + account;
            case CompensationService.RETURN -> "returned the compensation proposal of " + account;
            case CompensationService.PAY -> "recorded the payment to " + account;
            case ImportService.ACTION -> "imported a case export";
            case TimesketchImportService.ACTION -> "imported a timeline for " + account;
            case PlaybookService.RECORD_ACTION -> "recorded an analysis run";
            case AuditActions.REPORT_GENERATE -> "generated a report";
            case FilingService.ACTION -> "entered a filing field";
            case RecoveredService.ACTION -> "entered a recovered amount for " + account;
            default -> e.action().startsWith("annotation.") ? "annotated an event of " + account
                    : e.action() + (account.isEmpty() ? "" : " on " + account);
        };
    }

    private static String decision(AuditEntry e, String account) {
        JsonNode after = after(e);
        String event = after.path("event_id").asText("");
        return switch (after.path("kind").asText("")) {
            case "confirm_account" -> "confirmed " + account;
            case "reject_account" -> "rejected " + account;
            case "add_withdrawal" -> "counted withdrawal " + event + " in the loss of " + account;
            case "remove_withdrawal" -> "left withdrawal " + event + " out of the loss of " + account;
            default -> "decided on " + account;
        };
    }

    private static JsonNode after(AuditEntry e) {
        try {
            return e.afterJson() == null ? JSON.createObjectNode() : JSON.readTree(e.afterJson());
        } catch (IOException unreadable) {
            return JSON.createObjectNode();
        }
    }
}
