package io.ledgerline.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerline.analysis.ReviewService;
import io.ledgerline.domain.AnnotationKind;
import io.ledgerline.domain.AuditEntry;
import io.ledgerline.domain.DecisionKind;
import io.ledgerline.domain.ReviewDecision;
import io.ledgerline.store.AuditLogStore;
import io.ledgerline.store.CaseFile;
import io.ledgerline.testing.Investigators;
import io.ledgerline.testing.ReviewCase;
import io.ledgerline.testing.Sqlite3Shell;
import io.ledgerline.timeline.AnnotationService;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit chain against edits made behind the tool's back (triggers dropped with the sqlite3 shell). */
class AuditChainTest {

    @TempDir
    Path dir;
    Path casePath;

    /** Four entries: alice's registration, a review decision, a tag and a note. */
    @BeforeEach
    void fourEntries() {
        casePath = ReviewCase.create(dir);
        try (CaseFile c = CaseFile.open(casePath)) {
            AuditTrail alice = Investigators.trail(c, dir, "alice");
            new ReviewService().decide(alice, new ReviewDecision(null, "ACC-1", DecisionKind.CONFIRM_ACCOUNT, null,
                    "customer called"));
            new AnnotationService().annotate(alice, "E4", AnnotationKind.TAG, "attacker");
            new AnnotationService().annotate(alice, "E4", AnnotationKind.NOTE, "to the mixer");
        }
    }

    private List<Finding> chainFindings() {
        try (CaseFile c = CaseFile.open(casePath)) {
            List<Finding> findings = new java.util.ArrayList<>();
            new AuditChainCheck().run(c, findings);
            return findings;
        }
    }

    private static boolean mentions(List<Finding> findings, String row, String text) {
        return findings.stream().anyMatch(f -> f.row().equals(row) && f.message().contains(text));
    }

    @Test
    void eachEntryChainsToThePreviousAndIsSignedByItsAuthor() {
        try (CaseFile c = CaseFile.open(casePath)) {
            List<AuditEntry> entries = new AuditLogStore(c).entries();
            assertEquals(List.of("investigator.register", "review.decide", "annotation.tag", "annotation.note"),
                    entries.stream().map(AuditEntry::action).toList());
            assertEquals(AuditEntry.GENESIS, entries.get(0).prevHash());
            for (int i = 1; i < entries.size(); i++) {
                assertEquals(entries.get(i - 1).hash(), entries.get(i).prevHash());
            }
            assertEquals("ACC-1", entries.get(2).accountId(), "a tag is filed under its event's account");
        }
        assertEquals(List.of(), chainFindings());
    }

    @Test
    void theTrailRefusesUpdatesAndDeletesWhileItsTriggersStand() {
        assertThrows(IllegalStateException.class,
                () -> Sqlite3Shell.exec(casePath, "UPDATE audit_log SET reason = 'x' WHERE seq = 2"));
        assertThrows(IllegalStateException.class, () -> Sqlite3Shell.exec(casePath, "DELETE FROM audit_log"));
        assertEquals(List.of(), chainFindings());
    }

    @Test
    void findsAnEditedEntry() {
        Sqlite3Shell.exec(casePath, Sqlite3Shell.dropTriggers("audit_log"),
                "UPDATE audit_log SET reason = 'nobody called' WHERE seq = 2");
        List<Finding> findings = chainFindings();
        assertTrue(mentions(findings, "seq 2", "was edited"), findings.toString());
        assertTrue(mentions(findings, "seq 2", "signature does not hold"), findings.toString());
    }

    @Test
    void findsADeletedEntry() {
        Sqlite3Shell.exec(casePath, Sqlite3Shell.dropTriggers("audit_log"), "DELETE FROM audit_log WHERE seq = 2");
        List<Finding> findings = chainFindings();
        assertTrue(mentions(findings, "seq 3", "out of sequence: expected seq 2"), findings.toString());
        assertTrue(mentions(findings, "seq 3", "is not the hash of the entry before it"), findings.toString());
    }

    @Test
    void findsAnInsertedEntryThatItsClaimedAuthorDidNotSign() {
        // a forger copies alice's last entry as a new one, chained correctly, but cannot sign as alice
        Sqlite3Shell.exec(casePath, "INSERT INTO audit_log SELECT 5, at, key_id, investigator, 'review.decide', "
                + "object_type, object_id, account_id, before_json, after_json, 'forged', hash, hash, signature "
                + "FROM audit_log WHERE seq = 4");
        List<Finding> findings = chainFindings();
        assertTrue(mentions(findings, "seq 5", "was edited"), findings.toString());
        assertTrue(mentions(findings, "seq 5", "signature does not hold under the key of alice"),
                findings.toString());
    }

    @Test
    void findsReorderedEntries() {
        Sqlite3Shell.exec(casePath, Sqlite3Shell.dropTriggers("audit_log"),
                "UPDATE audit_log SET seq = 100 WHERE seq = 2", "UPDATE audit_log SET seq = 2 WHERE seq = 3",
                "UPDATE audit_log SET seq = 3 WHERE seq = 100");
        List<Finding> findings = chainFindings();
        assertTrue(mentions(findings, "seq 2", "is not the hash of the entry before it"), findings.toString());
        assertTrue(mentions(findings, "seq 2", "was edited"), findings.toString());
        assertTrue(mentions(findings, "seq 3", "was edited"), findings.toString());
    }
}
