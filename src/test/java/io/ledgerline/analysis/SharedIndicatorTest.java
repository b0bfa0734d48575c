package io.ledgerline.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SharedIndicatorTest {

    @Test
    void listsWhatTwoOrMoreAccountsOfTheClusterUsedMostSharedFirst() {
        Map<String, Set<String>> keys = Map.of(
                "A", Set.of("ip:1.1.1.1", "device:d1", "address:bc1qx"),
                "B", Set.of("ip:1.1.1.1", "device:d1"),
                "C", Set.of("ip:1.1.1.1", "address:own"),
                "D", Set.of("ip:1.1.1.1"));
        List<SharedIndicator> shared = SharedIndicator.of(List.of("A", "B", "C"), keys);
        assertEquals(List.of(new SharedIndicator("ip", "1.1.1.1", List.of("A", "B", "C")),
                new SharedIndicator("device", "d1", List.of("A", "B"))), shared,
                "D is in another cluster; addresses used by one account link nothing");
    }
}
