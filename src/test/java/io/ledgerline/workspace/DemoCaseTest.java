package io.ledgerline.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerline.demo.DemoGenerator;
import io.ledgerline.demo.DemoOptions;
import io.ledgerline.domain.Progress;
import io.ledgerline.store.CaseFile;
import io.ledgerline.store.CaseSummaryStore;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCaseTest {

    @TempDir
    Path dir;

    @Test
    void buildsTheDemoCaseOnceFromTheShippedBundle() throws Exception {
        DemoCase demo = new DemoCase(new AppDirs(dir));
        Path path = demo.ensure(Progress.NONE);
        assertEquals(dir.resolve("cases").resolve("demo.ledgerline"), path);
        try (CaseFile c = CaseFile.open(path)) {
            var summary = new CaseSummaryStore(c).summary();
            assertTrue(summary.events() > 1_000, "events: " + summary.events());
            assertEquals(7, summary.legalRequests());
        }
        long modified = Files.getLastModifiedTime(path).toMillis();
        assertEquals(path, demo.ensure(Progress.NONE));
        assertEquals(modified, Files.getLastModifiedTime(path).toMillis(), "not rebuilt");
        try (var files = Files.list(path.getParent())) {
            assertEquals(1, files.filter(p -> p.toString().endsWith(".ledgerline")).count(), "no partial case left");
        }
    }

    @Test
    void theShippedBundleIsWhatTheGeneratorWritesForItsSeed() throws Exception {
        new DemoGenerator().write(dir.resolve("fresh"), new DemoOptions(0.25, 1, false), Progress.NONE);
        String fresh = Files.readString(dir.resolve("fresh").resolve("manifest.json"), StandardCharsets.UTF_8);
        try (InputStream shipped = DemoCase.class.getResourceAsStream("/demo/manifest.json")) {
            assertEquals(fresh, new String(shipped.readAllBytes(), StandardCharsets.UTF_8),
                    "regenerate with: ledgerline demo resources/demo --scale 0.25 --seed 1");
        }
    }
}
