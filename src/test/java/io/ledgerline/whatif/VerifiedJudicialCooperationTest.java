package io.ledgerline.whatif;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ledgerline.domain.Outcome;
import io.ledgerline.testing.Events;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerifiedJudicialCooperationTest {

    @Test
    void withholdsOnlyDisclosuresMadeUnderForgedOrUnverifiedRequests() {
        Events e = Events.of("A").at("2024-05-01T10:00:00Z").disclosure("LR-OK").disclosure("LR-UNKNOWN")
                .disclosure("LR-FORGED", Outcome.FAILURE).disclosure("LR-FORGED");
        List<Stop> stops = VerifiedJudicialCooperation.DEFAULTS.stops(Histories.of(e));
        assertEquals(List.of(e.lastId()), Histories.ids(stops));
        assertEquals(StopKind.DISCLOSURE, stops.get(0).kind());
        assertEquals(Stop.Effect.REFUSED, stops.get(0).effect());
    }
}
