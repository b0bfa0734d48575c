package io.ledgerline.store;

import io.ledgerline.testing.CaseEngine;
import io.ledgerline.testing.OnBothEngines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerline.domain.DecisionKind;
import io.ledgerline.domain.RecordedDecision;
import io.ledgerline.domain.ReviewDecision;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

class ReviewStoreTest {

    static final Instant AT = Instant.parse("2024-06-10T12:00:00.25Z");

    @TempDir
    Path dir;

    @OnBothEngines
    void recordsDecisionsAndReadsThemBackOldestFirst(CaseEngine engine) {
        try (CaseFile c = engine.create(dir)) {
            ReviewStore store = new ReviewStore(c);
            ReviewDecision confirm = new ReviewDecision("alice", "ACC-1", DecisionKind.CONFIRM_ACCOUNT, null, "why");
            ReviewDecision remove = new ReviewDecision("bob", "ACC-1", DecisionKind.REMOVE_WITHDRAWAL, "E4", "own");
            long first = c.write(tx -> ReviewStore.add(tx, AT, confirm)).id();
            long second = c.write(tx -> ReviewStore.add(tx, AT.plusSeconds(1), remove)).id();
            assertEquals(List.of(new RecordedDecision(first, AT, confirm),
                    new RecordedDecision(second, AT.plusSeconds(1), remove)), store.decisions());
        }
    }

    @OnBothEngines
    void decisionsCannotBeEditedOrDeleted(CaseEngine engine) {
        try (CaseFile c = engine.create(dir)) {
            c.write(tx -> ReviewStore.add(tx, AT,
                    new ReviewDecision("alice", "ACC-1", DecisionKind.REJECT_ACCOUNT, null, "no")));
            Exception update = assertThrows(Exception.class,
                    () -> c.dsl().execute("UPDATE review_decisions SET kind = 'confirm_account'"));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            Exception delete = assertThrows(Exception.class, () -> c.dsl().execute("DELETE FROM review_decisions"));
            assertTrue(delete.getMessage().contains("append-only"), delete.getMessage());
            assertEquals(DecisionKind.REJECT_ACCOUNT, new ReviewStore(c).decisions().get(0).decision().kind());
        }
    }

    @OnBothEngines
    void theSchemaRefusesABlankReasonAndAWithdrawalDecisionWithoutEvent(CaseEngine engine) {
        try (CaseFile c = engine.create(dir)) {
            ReviewStore store = new ReviewStore(c);
            assertThrows(Exception.class, () -> c.write(tx -> ReviewStore.add(tx, AT,
                    new ReviewDecision("alice", "ACC-1", DecisionKind.CONFIRM_ACCOUNT, null, "   "))));
            assertThrows(Exception.class, () -> c.write(tx -> ReviewStore.add(tx, AT,
                    new ReviewDecision("alice", "ACC-1", DecisionKind.ADD_WITHDRAWAL, null, "why"))));
            assertThrows(Exception.class, () -> c.write(tx -> ReviewStore.add(tx, AT,
                    new ReviewDecision("alice", "ACC-1", DecisionKind.CONFIRM_ACCOUNT, "E1", "why"))));
            assertEquals(List.of(), store.decisions());
        }
    }
}
