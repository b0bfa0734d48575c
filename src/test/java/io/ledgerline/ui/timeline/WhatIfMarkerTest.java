package io.ledgerline.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerline.analysis.PlaybookSettings;
import io.ledgerline.demo.DemoGenerator;
import io.ledgerline.demo.DemoOptions;
import io.ledgerline.demo.DemoSummary;
import io.ledgerline.domain.EpochMicros;
import io.ledgerline.domain.Progress;
import io.ledgerline.importer.ImportOptions;
import io.ledgerline.importer.ImportService;
import io.ledgerline.store.CaseFile;
import io.ledgerline.timeline.StopMarker;
import io.ledgerline.whatif.AccountOutcome;
import io.ledgerline.whatif.ControlCatalog;
import io.ledgerline.whatif.ControlOutcome;
import io.ledgerline.whatif.WhatIfResult;
import io.ledgerline.whatif.WhatIfService;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The timeline's what-if marker sits where the replay says the control stopped the attack, and nowhere else. */
class WhatIfMarkerTest {

    @TempDir
    Path dir;

    @Test
    void marksTheStopPointOfTheChosenControlOnTheAccountAndNothingWhereItStopsNothing() {
        DemoSummary demo = new DemoGenerator().write(dir.resolve("bundle"), DemoOptions.folder(0.2, 1), Progress.NONE);
        WhatIfResult result;
        try (CaseFile c = CaseFile.create(dir.resolve("demo.ledgerline"))) {
            new ImportService().importBundle(demo.bundle(), c, ImportOptions.STRICT, Progress.NONE);
            result = new WhatIfService().run(c, PlaybookSettings.defaults(), ControlCatalog.defaults(),
                    Progress.NONE);
        }
        ControlOutcome judicial = result.controls().stream().filter(o -> o.control().name().equals("judicial"))
                .findFirst().orElseThrow();
        AccountOutcome stopped = judicial.accounts().stream().filter(a -> a.stopPoint().isPresent()).findFirst()
                .orElseThrow();
        StopMarker marker = TimelineViewModel.marker(result, "judicial", stopped.accountId());
        assertEquals(EpochMicros.of(stopped.stoppedAt().at()), marker.micros());
        assertTrue(marker.label().startsWith("judicial stops the attack here: " + stopped.stoppedAt().type()),
                marker.label());
        ControlOutcome stepUp = result.controls().stream().filter(o -> o.control().name().equals("step-up"))
                .findFirst().orElseThrow();
        String untouched = stepUp.accounts().stream().filter(a -> a.stopPoint().isEmpty()).findFirst().orElseThrow()
                .accountId();
        assertNull(TimelineViewModel.marker(result, "step-up", untouched));
        assertNull(TimelineViewModel.marker(result, "judicial", "ACC-NOT-COMPROMISED"));
    }
}
