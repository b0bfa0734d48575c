package io.ledgerline.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerline.domain.Progress;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The incident in a generated bundle is the one DemoSummary claims, as the default playbook would read it. */
class PlantedIncidentTest {

    @TempDir
    static Path tmp;
    private static DemoSummary summary;
    private static Map<String, List<Map<String, String>>> byAccount;
    private static Map<String, Map<String, String>> requests;
    private static Map<String, String> statusOf;

    @BeforeAll
    static void generate() throws IOException {
        Path bundle = tmp.resolve("b");
        summary = new DemoGenerator().write(bundle, DemoOptions.folder(0.5, 2024), Progress.NONE);
        byAccount = new TreeMap<>();
        for (Map<String, String> e : BundleRows.read(bundle.resolve("events.csv"))) {
            byAccount.computeIfAbsent(e.get("account_id"), k -> new ArrayList<>()).add(e);
        }
        byAccount.values().forEach(l -> l.sort(Comparator.comparing(e -> at(e))));
        requests = new TreeMap<>();
        BundleRows.read(bundle.resolve("legal_requests.csv")).forEach(r -> requests.put(r.get("request_id"), r));
        statusOf = new TreeMap<>();
        BundleRows.read(bundle.resolve("accounts.csv")).forEach(a -> statusOf.put(a.get("account_id"),
                a.get("status")));
    }

    @Test
    void eightVictimsInTwoClustersDisclosedUnderForgedOrUnverifiedRequests() {
        assertEquals(8, summary.victims().size());
        assertEquals(Set.of(1, 2), Set.copyOf(summary.victims().stream().map(PlantedVictim::cluster).toList()));
        for (PlantedVictim v : summary.victims()) {
            Map<String, String> request = requests.get(v.requestId());
            assertTrue(Set.of("forged", "unverified").contains(request.get("verification")), v.requestId());
            assertTrue(List.of(request.get("account_ids").split(";")).contains(v.accountId()));
            assertFalse(request.get("disclosed_at").isEmpty());
            assertEquals(v.frozen() ? "frozen" : "active", statusOf.get(v.accountId()));
        }
        assertTrue(requests.values().stream().anyMatch(r -> r.get("verification").equals("unverified")));
        assertTrue(requests.values().stream().filter(r -> r.get("verification").equals("verified")).count() >= 2);
    }

    @Test
    void eachVictimFollowsTheTakeoverSequence() {
        for (PlantedVictim v : summary.victims()) {
            List<Map<String, String>> events = byAccount.get(v.accountId());
            Instant disclosedAt = BundleRows.instant(requests.get(v.requestId()).get("disclosed_at"));
            Map<String, String> disclosure = first(events, "DATA_DISCLOSURE", null, Instant.MIN);
            assertEquals(v.requestId(), disclosure.get("ref"));
            assertFalse(at(disclosure).isBefore(disclosedAt));

            Map<String, String> credential = events.stream().filter(e -> Set.of("PHONE_CHANGE", "MFA_CHANGED",
                    "MFA_DISABLED").contains(e.get("type")) && at(e).isAfter(at(disclosure))).findFirst()
                    .orElseThrow();
            Map<String, String> failed = first(events, "FACE_VERIFICATION", "failure", at(credential));
            Map<String, String> passed = first(events, "FACE_VERIFICATION", "success", at(failed));
            assertTrue(Duration.between(at(failed), at(passed)).compareTo(Duration.ofHours(1)) <= 0);
            assertTrue(passed.get("details").contains("\"score\":0.9") || passed.get("details").contains("0.8"));

            Map<String, String> login = first(events, "LOGIN", "success", at(passed));
            Set<String> ownDevices = new HashSet<>();
            Set<String> ownIps = new HashSet<>();
            events.stream().filter(e -> at(e).isBefore(at(disclosure))).forEach(e -> {
                ownDevices.add(e.get("device_id"));
                ownIps.add(e.get("ip"));
            });
            assertFalse(ownDevices.contains(login.get("device_id")), "new device for " + v.accountId());
            assertFalse(ownIps.contains(login.get("ip")));
            assertNotEquals(events.get(0).get("country"), login.get("country"));

            Map<String, String> added = first(events, "ADDRESS_ADDED", "", at(login));
            List<Map<String, String>> stolen = events.stream().filter(e -> v.unauthorizedWithdrawalIds()
                    .contains(e.get("event_id"))).toList();
            assertFalse(stolen.isEmpty());
            for (Map<String, String> w : stolen) {
                assertEquals("WITHDRAWAL", w.get("type"));
                assertEquals(added.get("address"), w.get("address"));
                assertTrue(Duration.between(at(added), at(w)).compareTo(Duration.ofHours(24)) < 0);
                assertTrue(Duration.between(at(credential), at(w)).compareTo(Duration.ofHours(72)) < 0);
                assertTrue(Set.of("BTC", "ETH", "USDT").contains(w.get("asset")));
                assertFalse(w.get("tx_hash").isEmpty() || w.get("fee").isEmpty() || w.get("network").isEmpty());
            }
            if (v.frozen()) {
                Map<String, String> frozen = first(events, "ACCOUNT_FROZEN", "", at(stolen.get(stolen.size() - 1)));
                assertTrue(at(frozen).isAfter(at(stolen.get(0))));
            }
        }
    }

    @Test
    void playbookFindsExactlyTheVictimsAndTheirWithdrawals() {
        Map<String, PlaybookOracle.Verdict> compromised = PlaybookOracle.compromised(
                byAccount.values().stream().flatMap(List::stream).toList());
        assertEquals(Set.copyOf(summary.victimAccountIds()), compromised.keySet());
        for (PlantedVictim v : summary.victims()) {
            assertEquals(v.unauthorizedWithdrawalIds(), compromised.get(v.accountId()).unauthorizedIds());
        }
    }

    @Test
    void clustersMatchThePlanAndShareNothing() {
        Map<String, PlaybookOracle.Verdict> compromised = PlaybookOracle.compromised(
                byAccount.values().stream().flatMap(List::stream).toList());
        Set<Set<String>> expected = new HashSet<>();
        for (int cluster = 1; cluster <= 2; cluster++) {
            int c = cluster;
            expected.add(Set.copyOf(summary.victims().stream().filter(v -> v.cluster() == c)
                    .map(PlantedVictim::accountId).toList()));
        }
        assertEquals(expected, PlaybookOracle.clusters(compromised));

        Set<String> keysOfCluster1 = new HashSet<>();
        Set<String> keysOfCluster2 = new HashSet<>();
        summary.victims().forEach(v -> (v.cluster() == 1 ? keysOfCluster1 : keysOfCluster2)
                .addAll(compromised.get(v.accountId()).sharedKeys()));
        keysOfCluster1.retainAll(keysOfCluster2);
        assertEquals(Set.of(), keysOfCluster1);
    }

    @Test
    void clusterOneLinksOnlyTransitively() {
        Map<String, PlaybookOracle.Verdict> compromised = PlaybookOracle.compromised(
                byAccount.values().stream().flatMap(List::stream).toList());
        List<PlantedVictim> one = summary.victims().stream().filter(v -> v.cluster() == 1).toList();
        boolean somePairOnlyTransitive = false;
        for (PlantedVictim a : one) {
            for (PlantedVictim b : one) {
                Set<String> shared = new HashSet<>(compromised.get(a.accountId()).sharedKeys());
                shared.retainAll(compromised.get(b.accountId()).sharedKeys());
                somePairOnlyTransitive |= shared.isEmpty();
            }
        }
        assertTrue(somePairOnlyTransitive, "some victims of cluster 1 are linked only through others");
    }

    @Test
    void decoysAreOnOtherAccountsAndLookAsSpecified() {
        assertEquals(Set.of(DecoyKind.values()), Set.copyOf(summary.decoys().stream().map(PlantedDecoy::kind)
                .toList()));
        for (PlantedDecoy decoy : summary.decoys()) {
            assertFalse(summary.victimAccountIds().contains(decoy.accountId()));
            List<Map<String, String>> events = byAccount.get(decoy.accountId());
            switch (decoy.kind()) {
                case PASSWORD_CHANGE_WITHOUT_WITHDRAWAL -> {
                    Map<String, String> change = first(events, "PASSWORD_CHANGE", "", Instant.MIN);
                    assertTrue(events.stream().noneMatch(e -> e.get("type").equals("WITHDRAWAL")
                            && at(e).isAfter(at(change))));
                }
                case ADDRESS_USED_THREE_DAYS_LATER -> {
                    Map<String, String> added = events.stream().filter(e -> e.get("type").equals("ADDRESS_ADDED"))
                            .reduce((a, b) -> b).orElseThrow();
                    Map<String, String> used = events.stream().filter(e -> e.get("type").equals("WITHDRAWAL")
                            && e.get("address").equals(added.get("address"))).findFirst().orElseThrow();
                    assertTrue(Duration.between(at(added), at(used)).compareTo(Duration.ofHours(72)) >= 0);
                }
                case NEW_DEVICE_WITHOUT_FRESH_ADDRESS -> {
                    Map<String, String> added = first(events, "DEVICE_ADDED", "", Instant.MIN);
                    Map<String, String> login = events.stream().filter(e -> e.get("type").equals("LOGIN")
                            && e.get("device_id").equals(added.get("device_id"))).findFirst().orElseThrow();
                    assertTrue(events.stream().filter(e -> at(e).isBefore(at(login)))
                            .noneMatch(e -> e.get("device_id").equals(login.get("device_id"))));
                    assertTrue(events.stream().anyMatch(e -> e.get("type").equals("WITHDRAWAL")
                            && at(e).isAfter(at(login))));
                }
                default -> throw new AssertionError(decoy.kind());
            }
        }
    }

    private static Map<String, String> first(List<Map<String, String>> events, String type, String outcome,
            Instant after) {
        return events.stream().filter(e -> e.get("type").equals(type)
                && (outcome == null || outcome.isEmpty() || outcome.equals(e.get("outcome")))
                && at(e).isAfter(after)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " " + outcome + " after " + after));
    }

    private static Instant at(Map<String, String> event) {
        return BundleRows.instant(event.get("occurred_at"));
    }
}
