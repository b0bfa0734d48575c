package io.ledgerline.store;

import io.ledgerline.testing.CaseEngine;
import io.ledgerline.testing.OnBothEngines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerline.demo.DemoGenerator;
import io.ledgerline.demo.DemoOptions;
import io.ledgerline.domain.EventFacts;
import io.ledgerline.domain.Progress;
import io.ledgerline.importer.ImportOptions;
import io.ledgerline.importer.ImportService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;

class PlaybookStoreTest {

    @TempDir
    Path dir;

    @OnBothEngines
    void readingInPartsDeliversEveryEventOnceEachAccountWholeAndInOrder(CaseEngine engine) {
        Path bundle = new DemoGenerator().write(dir.resolve("bundle"), DemoOptions.folder(0.1, 3), Progress.NONE)
                .bundle();
        try (CaseFile c = engine.create(dir)) {
            new ImportService().importBundle(bundle, c, ImportOptions.STRICT, Progress.NONE);
            PlaybookStore store = new PlaybookStore(c);
            List<String> single = new ArrayList<>();
            store.forEachEvent(e -> single.add(e.eventId()));

            List<List<EventFacts>> parts = Collections.synchronizedList(new ArrayList<>());
            store.forEachEvent(3, part -> {
                List<EventFacts> mine = new ArrayList<>();
                parts.add(mine);
                return mine::add;
            });
            assertEquals(3, parts.size());
            List<String> all = new ArrayList<>();
            Set<String> accountsSeen = new HashSet<>();
            for (List<EventFacts> part : parts) {
                Set<String> mine = new HashSet<>();
                for (int i = 0; i < part.size(); i++) {
                    EventFacts e = part.get(i);
                    all.add(e.eventId());
                    mine.add(e.accountId());
                    if (i > 0 && part.get(i - 1).accountId().equals(e.accountId())) {
                        assertTrue(!e.occurredAt().isBefore(part.get(i - 1).occurredAt()), "time order");
                    }
                }
                for (String account : mine) {
                    assertTrue(accountsSeen.add(account), account + " is read by one part only");
                }
            }
            assertEquals(single.size(), all.size());
            assertEquals(new HashSet<>(single), new HashSet<>(all));
        }
    }
}
