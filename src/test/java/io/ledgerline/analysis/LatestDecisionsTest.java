package io.ledgerline.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ledgerline.domain.DecisionKind;
import io.ledgerline.domain.RecordedDecision;
import io.ledgerline.domain.ReviewDecision;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatestDecisionsTest {

    private static RecordedDecision d(long id, String account, DecisionKind kind, String event) {
        return new RecordedDecision(id, Instant.EPOCH, new ReviewDecision("a", account, kind, event, "r"));
    }

    @Test
    void theLatestIdPerAccountAndPerWithdrawalNoneWhereNothingWasDecided() {
        LatestDecisions latest = LatestDecisions.of(List.of(
                d(1, "ACC-1", DecisionKind.CONFIRM_ACCOUNT, null),
                d(2, "ACC-1", DecisionKind.ADD_WITHDRAWAL, "E4"),
                d(3, "ACC-1", DecisionKind.REJECT_ACCOUNT, null),
                d(4, "ACC-2", DecisionKind.REMOVE_WITHDRAWAL, "E6")));
        assertEquals(3, latest.latest("ACC-1", null));
        assertEquals(2, latest.latest("ACC-1", "E4"));
        assertEquals(4, latest.latest("ACC-2", "E6"));
        assertEquals(ReviewService.NONE, latest.latest("ACC-2", null), "a withdrawal decision is not the account's");
        assertEquals(ReviewService.NONE, latest.latest("ACC-3", null));
    }
}
