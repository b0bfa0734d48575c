package io.ledgerline.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerline.analysis.PlaybookService;
import io.ledgerline.analysis.PlaybookSettings;
import io.ledgerline.analysis.ReviewService;
import io.ledgerline.compensation.RecoveredService;
import io.ledgerline.domain.DecisionKind;
import io.ledgerline.domain.Progress;
import io.ledgerline.domain.ReviewDecision;
import io.ledgerline.report.FilingField;
import io.ledgerline.report.FilingService;
import io.ledgerline.store.CaseFile;
import io.ledgerline.testing.Investigators;
import io.ledgerline.testing.ReviewCase;
import io.ledgerline.testing.Sqlite3Shell;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** verify on the tiny case, imported and reviewed by alice, then edited behind the tool's back. */
class VerifyServiceTest {

    @TempDir
    Path dir;
    Path casePath;

    @BeforeEach
    void reviewedCase() {
        casePath = ReviewCase.createAs(dir, "alice");
        try (CaseFile c = CaseFile.open(casePath)) {
            new ReviewService().decide(Investigators.trail(c, dir, "alice"), new ReviewDecision(null, "ACC-1",
                    DecisionKind.CONFIRM_ACCOUNT, null, "customer called"));
        }
    }

    private VerifyReport verify(Path... reports) {
        try (CaseFile c = CaseFile.open(casePath)) {
            return new VerifyService().verify(c, List.of(reports));
        }
    }

    private static void assertFound(VerifyReport report, String table, String row, String message) {
        assertTrue(report.findings().stream().anyMatch(f -> f.table().equals(table) && f.row().contains(row)
                && f.message().contains(message)), () -> "no finding " + table + " " + row + " " + message + " in "
                + report.findings());
    }

    @Test
    void anUntouchedCaseHolds() {
        VerifyReport report = verify();
        assertEquals(List.of(), report.findings());
        assertEquals(List.of("integrity", "evidence", "custody", "audit-chain", "audited-rows", "four-eyes",
                "reports"), report.checks());
        assertEquals(3, report.entries(), "registration, import, review decision");
    }

    @Test
    void findsAWithdrawalAmountEditedWithTheTriggersDropped() {
        Sqlite3Shell.exec(casePath, Sqlite3Shell.dropTriggers("events"),
                "UPDATE events SET amount = '0.05' WHERE event_id = 'E4'");
        VerifyReport report = verify();
        assertEquals(1, report.findings().size(), report.findings().toString());
        assertFound(report, "events", "event_id E4 (line 5)", "changed: its values differ from those sealed");
    }

    @Test
    void findsAnEvidenceRowDeletedOrAdded() {
        Sqlite3Shell.exec(casePath, Sqlite3Shell.dropTriggers("events"), "DELETE FROM events WHERE event_id = 'E2'",
                "INSERT INTO events (event_id, account_id, occurred_at, occurred_at_text, type, category, outcome, "
                        + "content_hash, import_file_id, source_line) SELECT 'E9', account_id, occurred_at, "
                        + "occurred_at_text, type, category, outcome, content_hash, import_file_id, 99 FROM events "
                        + "WHERE event_id = 'E6'");
        VerifyReport report = verify();
        assertFound(report, "events", "sealed row 2", "removed");
        assertFound(report, "events", "event_id E9 (line 99)", "added");
    }

    @Test
    void findsASealRecomputedAfterAnEditThroughTheSignedImportEntry() {
        Sqlite3Shell.exec(casePath, Sqlite3Shell.dropTriggers("evidence_seals"),
                "UPDATE evidence_seals SET digest = 'f00d' WHERE table_name = 'events'");
        VerifyReport report = verify();
        assertFound(report, "imports", "1", "differ from those audit entry seq 2 signed at import");
    }

    @Test
    void findsAReviewDecisionEditedBehindTheToolsBack() {
        Sqlite3Shell.exec(casePath, Sqlite3Shell.dropTriggers("review_decisions"),
                "UPDATE review_decisions SET kind = 'reject_account' WHERE id = 1");
        VerifyReport report = verify();
        assertFound(report, "review_decisions", "1", "kind is \"reject_account\", audit entry seq 3 wrote "
                + "\"confirm_account\"");
    }

    @Test
    void findsAnAnalysisRunEditedBehindTheToolsBackSoNoReportCanRestOnIt() {
        try (CaseFile c = CaseFile.open(casePath)) {
            new PlaybookService().analyzeAndRecord(Investigators.trail(c, dir, "alice"), PlaybookSettings.defaults(),
                    Progress.NONE);
        }
        assertEquals(List.of(), verify().findings());
        Sqlite3Shell.exec(casePath, Sqlite3Shell.dropTriggers("analysis_runs"),
                "UPDATE analysis_runs SET result_json = replace(result_json, 'ACC-1', 'ACC-2') WHERE id = 1");
        assertFound(verify(), "analysis_runs", "1", "result_json");
    }

    @Test
    void anAuditEntryWhoseValueWasBlankedIsAFindingNotACrash() {
        Sqlite3Shell.exec(casePath, Sqlite3Shell.dropTriggers("audit_log"),
                "UPDATE audit_log SET after_json = NULL WHERE seq = 3");
        VerifyReport report = verify();
        assertFound(report, "review_decisions", "1", "holds no readable after value");
        assertTrue(report.findings().stream().anyMatch(f -> f.check().equals("audit-chain")),
                "and the chain no longer matches its hashes: " + report.findings());
    }

    /** Alice enters the root cause (audit entry seq 4) and 0.25 BTC recovered for ACC-1 (seq 5); verify holds. */
    private void enterFilingAndRecovered() {
        try (CaseFile c = CaseFile.open(casePath)) {
            AuditTrail alice = Investigators.trail(c, dir, "alice");
            new FilingService().enter(alice, FilingField.ROOT_CAUSE, "Forged court orders", "first draft");
            new RecoveredService().record(alice, "ACC-1", "BTC", "0.25", "frozen at the destination");
        }
        assertEquals(List.of(), verify().findings(), "entered through the trail: verify holds");
    }

    @Test
    void findsAFilingEntryEditedBehindTheToolsBack() {
        enterFilingAndRecovered();
        Sqlite3Shell.exec(casePath, Sqlite3Shell.dropTriggers("filing_entries"),
                "UPDATE filing_entries SET text = 'nothing happened' WHERE id = 1");
        VerifyReport report = verify();
        assertEquals(1, report.findings().size(), report.findings().toString());
        assertFound(report, "filing_entries", "1", "text is \"nothing happened\", audit entry seq 4 wrote "
                + "\"Forged court orders\"");
    }

    @Test
    void findsARecoveredAmountEditedBehindTheToolsBack() {
        enterFilingAndRecovered();
        Sqlite3Shell.exec(casePath, Sqlite3Shell.dropTriggers("recovered_entries"),
                "UPDATE recovered_entries SET amount = '9' WHERE id = 1");
        VerifyReport report = verify();
        assertEquals(1, report.findings().size(), report.findings().toString());
        assertFound(report, "recovered_entries", "1", "amount is \"9\", audit entry seq 5 wrote \"0.25\"");
    }

    @Test
    void findsAnImportOutsideTheAuditTrail() throws Exception {
        Path other = dir.resolve("other");
        Files.createDirectories(other);
        casePath = ReviewCase.create(other);
        assertFound(verify(), "imports", "1", "no audit entry records this import");
    }

    @Test
    void findsAReportFileNoRecordedReportMatches() throws Exception {
        Path report = Files.writeString(dir.resolve("regulator.xlsx"), "not generated here");
        assertFound(verify(report), "audit_log", "regulator.xlsx", "matches no report recorded");
    }
}
