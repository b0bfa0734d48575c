package io.ledgerline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerline.analysis.ReviewService;
import io.ledgerline.domain.AuditEntry;
import io.ledgerline.domain.DecisionKind;
import io.ledgerline.domain.ReviewDecision;
import io.ledgerline.testing.CaseEngine;
import io.ledgerline.testing.Investigators;
import io.ledgerline.testing.OnBothEngines;
import io.ledgerline.testing.ReviewCase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/** What an open shared case asks to learn whether anyone changed it. */
class AuditLogStoreTest {

    @TempDir
    Path dir;

    @OnBothEngines
    void theLatestSeqAndTheEntriesAfterOne(CaseEngine engine) {
        try (CaseFile c = CaseEngine.open(ReviewCase.createAs(dir, "alice", engine))) {
            var alice = Investigators.trail(c, dir, "alice");
            var bob = Investigators.trail(c, dir, "bob");
            AuditLogStore log = new AuditLogStore(c);
            long before = log.latestSeq();
            assertTrue(before > 0, "the import is in the trail");
            new ReviewService().decide(alice, new ReviewDecision(null, "ACC-1", DecisionKind.CONFIRM_ACCOUNT, null,
                    "called"));
            new ReviewService().decide(bob, new ReviewDecision(null, "ACC-2", DecisionKind.REJECT_ACCOUNT, null,
                    "own trip"));
            assertEquals(before + 2, log.latestSeq());
            List<AuditEntry> after = log.entriesAfter(before, 10);
            assertEquals(List.of("alice", "bob"), after.stream().map(AuditEntry::investigator).toList(),
                    "oldest first");
            assertEquals(List.of(before + 1), log.entriesAfter(before, 1).stream().map(AuditEntry::seq).toList(),
                    "at most the limit");
            assertEquals(List.of(), log.entriesAfter(before + 2, 10));
        }
    }
}
