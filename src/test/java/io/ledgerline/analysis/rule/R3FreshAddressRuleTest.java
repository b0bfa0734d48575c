package io.ledgerline.analysis.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerline.domain.EventFacts;
import io.ledgerline.testing.Events;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class R3FreshAddressRuleTest {

    private final R3FreshAddressRule rule = new R3FreshAddressRule(R3FreshAddressRule.FRESH_ADDRESS_AGE);

    private static List<String> ids(List<EventFacts> events) {
        return events.stream().map(EventFacts::eventId).toList();
    }

    @ParameterizedTest(name = "withdrawal {0} after the add: fresh {1}")
    @CsvSource({"PT0S, true", "PT1H, true", "PT23H59M59S, true", "PT24H, false", "PT72H, false"})
    void addressIsFreshForLessThan24Hours(String age, boolean fresh) {
        Events e = Events.of("A").addressAdded("addr").after(Duration.parse(age)).withdrawal("addr");
        assertEquals(fresh ? List.of(e.lastId()) : List.of(), ids(rule.flag(e.list())));
    }

    @Test
    void failedWithdrawalIsNotFlagged() {
        assertTrue(rule.flag(Events.of("A").addressAdded("addr").failedWithdrawal("addr").list()).isEmpty());
    }

    @Test
    void withdrawalToAnAddressNeverAddedIsNotFlagged() {
        assertTrue(rule.flag(Events.of("A").addressAdded("other").withdrawal("addr").list()).isEmpty());
    }

    @Test
    void addressAddedAgainIsFreshAgain() {
        Events e = Events.of("A").addressAdded("addr").after(Duration.ofDays(30)).addressAdded("addr")
                .after(Duration.ofHours(2)).withdrawal("addr");
        assertEquals(List.of(e.lastId()), ids(rule.flag(e.list())));
    }
}
