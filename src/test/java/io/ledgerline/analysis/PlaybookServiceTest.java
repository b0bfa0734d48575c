package io.ledgerline.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerline.demo.DemoGenerator;
import io.ledgerline.demo.DemoOptions;
import io.ledgerline.demo.DemoSummary;
import io.ledgerline.demo.PlantedVictim;
import io.ledgerline.domain.Progress;
import io.ledgerline.importer.ImportOptions;
import io.ledgerline.importer.ImportService;
import io.ledgerline.store.CaseFile;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The playbook over an imported demo case finds exactly the planted takeovers and none of the decoys. */
class PlaybookServiceTest {

    private static final Instant NOW = Instant.parse("2024-07-01T09:30:00Z");

    @TempDir
    static Path tmp;
    static DemoSummary demo;
    static AnalysisResult result;

    @BeforeAll
    static void analyseDemoCase() {
        demo = new DemoGenerator().write(tmp.resolve("bundle"), DemoOptions.folder(0.2, 1), Progress.NONE);
        try (CaseFile c = CaseFile.create(tmp.resolve("demo.ledgerline"))) {
            new ImportService().importBundle(demo.bundle(), c, ImportOptions.STRICT, Progress.NONE);
            result = new PlaybookService(Clock.fixed(NOW, ZoneOffset.UTC)).analyze(c, PlaybookSettings.defaults(),
                    Progress.NONE);
        }
    }

    @Test
    void findsExactlyThePlantedVictims() {
        assertEquals(Set.copyOf(demo.victimAccountIds()),
                result.compromised().stream().map(CompromisedAccount::accountId).collect(Collectors.toSet()));
    }

    @Test
    void flagsNoDecoy() {
        Set<String> flagged = result.compromised().stream().map(CompromisedAccount::accountId)
                .collect(Collectors.toSet());
        for (String decoy : demo.decoyAccountIds()) {
            assertFalse(flagged.contains(decoy), decoy);
        }
    }

    @Test
    void unauthorizedWithdrawalsAreThePlantedOnes() {
        Map<String, List<String>> planted = new TreeMap<>();
        demo.victims().forEach(v -> planted.put(v.accountId(), v.unauthorizedWithdrawalIds()));
        Map<String, List<String>> found = new TreeMap<>();
        result.compromised().forEach(a -> found.put(a.accountId(), a.unauthorizedWithdrawals()));
        assertEquals(planted, found);
    }

    @Test
    void clustersAreThePlantedClusters() {
        Map<Integer, Set<String>> planted = new TreeMap<>();
        for (PlantedVictim v : demo.victims()) {
            planted.computeIfAbsent(v.cluster(), k -> new HashSet<>()).add(v.accountId());
        }
        Set<Set<String>> found = result.clusters().stream().map(Set::copyOf).collect(Collectors.toSet());
        assertEquals(Set.copyOf(planted.values()), found);
    }

    @Test
    void everyPlantedRequestIsAnUnsafeDisclosure() {
        Set<String> requests = demo.victims().stream().map(PlantedVictim::requestId).collect(Collectors.toSet());
        assertTrue(result.unsafeDisclosures().containsAll(requests), result.unsafeDisclosures().toString());
    }

    @Test
    void runIsStampedWithTheClockSettingsAndVersion() {
        assertEquals(NOW, result.run().runAt());
        assertEquals(PlaybookSettings.defaults(), result.run().settings());
        assertFalse(result.run().toolVersion().isBlank());
    }

    @Test
    void lossesAreValuedAndTotalIsTheRoundedExactSum() {
        java.math.BigDecimal sum = result.compromised().stream().map(a -> a.loss().usdExact())
                .filter(java.util.Objects::nonNull).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
        assertEquals(0, sum.compareTo(result.totalLossUsdExact()));
        assertEquals(Usd.round(sum), result.totalLossUsd());
        assertTrue(result.totalLossUsd().signum() > 0);
    }
}
