package io.ledgerline.demo;

import io.ledgerline.domain.Verification;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The incident planted in a demo case: three legal requests that were forged or not verified, the eight accounts
 * whose data they released, the two attacker clusters that then took those accounts over, the decoys, and the benign
 * requests of real agencies. The victim count stays at eight at every scale: a bigger case only adds background.
 *
 * <p>Cluster 1 links only transitively: V1–V2 share a device, V2–V3 a destination address, V3–V4 an ip, V4–V5 a
 * device; V1 and V3 share nothing directly. Cluster 2 shares one ip (and V6–V7 an address). The clusters use disjoint
 * ip ranges, devices and addresses.
 */
final class AttackPlan {

    /** Per victim: cluster, and which attacker device, ip and drop address (by index into the cluster's infra). */
    private static final int[][] VICTIM_LINKS = {
        {1, 0, 0, 0}, {1, 0, 1, 1}, {1, 1, 2, 1}, {1, 2, 2, 2}, {1, 2, 3, 3},
        {2, 0, 0, 0}, {2, 1, 0, 0}, {2, 2, 0, 1}};
    private static final boolean[] FROZEN = {true, true, false, true, false, true, true, false};
    private static final String[] CLUSTER_1_ASSETS = {"BTC", "ETH", "BTC", "USDT"};
    private static final String[] CLUSTER_2_ASSETS = {"USDT", "ETH"};

    final List<LegalRequestRow> requests = new ArrayList<>();
    /** By account index, so events.csv can ask "is this account a victim?" without a hash order anywhere. */
    final Map<Integer, Victim> victims = new TreeMap<>();
    final Map<Integer, Decoy> decoys = new TreeMap<>();
    final Map<Integer, List<Disclosure>> benignDisclosures = new TreeMap<>();

    static AttackPlan draw(SplittableRandom rng, int accountCount) {
        AttackPlan plan = new AttackPlan();
        TreeSet<Integer> taken = new TreeSet<>();
        List<Integer> victimIndices = distinct(rng, accountCount, VICTIM_LINKS.length, taken);
        List<Integer> decoyIndices = distinct(rng, accountCount, DecoyKind.values().length, taken);
        List<Integer> benignIndices = distinct(rng, accountCount, 6, taken);

        Infra c1 = Infra.draw(rng, 1, 3, 4, CLUSTER_1_ASSETS);
        Infra c2 = Infra.draw(rng, 2, 3, 1, CLUSTER_2_ASSETS);
        Instant d1 = at("2024-05-20T09:15:00Z", rng);
        Instant d2 = at("2024-05-24T06:40:00Z", rng);
        Instant d3 = at("2024-05-29T03:05:00Z", rng);
        String[] requestOf = {"LR-2024-0107", "LR-2024-0107", "LR-2024-0107", "LR-2024-0112", "LR-2024-0112",
            "LR-2024-0119", "LR-2024-0119", "LR-2024-0119"};
        Instant[] disclosedOf = {d1, d1, d1, d2, d2, d3, d3, d3};
        for (int v = 0; v < VICTIM_LINKS.length; v++) {
            int[] link = VICTIM_LINKS[v];
            Infra infra = link[0] == 1 ? c1 : c2;
            Instant start = disclosedOf[v].plus(Duration.ofMinutes(rng.nextLong(60, 600)));
            plan.victims.put(victimIndices.get(v), new Victim(AccountProfile.idOf(victimIndices.get(v)), link[0],
                    requestOf[v], disclosedOf[v], start, infra.origin(link[1], link[2]), infra.addresses.get(link[3]),
                    FROZEN[v], v % 3));
        }
        for (DecoyKind kind : DecoyKind.values()) {
            int index = decoyIndices.get(kind.ordinal());
            Instant when = DemoWorld.PERIOD_START.plus(Duration.ofMinutes(rng.nextLong(20L * 1440, 80L * 1440)));
            plan.decoys.put(index, new Decoy(AccountProfile.idOf(index), kind, when));
        }
        plan.addRequests(rng, victimIndices, benignIndices, d1, d2, d3);
        return plan;
    }

    private void addRequests(SplittableRandom rng, List<Integer> victimIds, List<Integer> benign, Instant d1,
            Instant d2, Instant d3) {
        ZoneOffset cest = ZoneOffset.ofHours(2);
        ZoneOffset sgt = ZoneOffset.ofHours(8);
        benign("LR-2024-0031", at("2024-03-12T10:02:00Z", rng), "Bundeskriminalamt", "DE", "SO 41-2024-118",
                benign.subList(0, 2), cest, "Callback to the BKA liaison desk confirmed the request", rng);
        benign("LR-2024-0058", at("2024-04-03T15:47:00Z", rng), "Federal Bureau of Investigation", "US",
                "GJ-SUBP-24-0419", benign.subList(2, 3), ZoneOffset.ofHours(-4), "Verified through LERS portal", rng);
        benign("LR-2024-0077", at("2024-04-22T08:30:00Z", rng), "Guardia di Finanza", "IT", "RG 2231/2024",
                benign.subList(3, 5), cest, "Verified by phone with the issuing unit", rng);
        requests.add(new LegalRequestRow("LR-2024-0101", at("2024-05-14T11:11:00Z", rng), ZoneOffset.UTC,
                "Politie Nederland", "NL", "PL-2024-55120", "KYC profile", ids(benign.subList(5, 6)), null,
                Verification.VERIFIED, "Verified; disclosure pending legal review"));
        requests.add(new LegalRequestRow("LR-2024-0107", d1.minus(Duration.ofHours(17)), cest,
                "Amtsgericht Frankfurt am Main", "DE", "Az. 931 Gs 1187/24",
                "KYC documents, phone number, e-mail, login history", ids(victimIds.subList(0, 3)), d1,
                Verification.FORGED, "Court denied issuing it on 2024-06-03; seal and judge's name were copied"));
        requests.add(new LegalRequestRow("LR-2024-0112", d2.minus(Duration.ofHours(20)), sgt,
                "Commercial Affairs Department", "SG", "CAD/IR/2024/0771", "Phone number, e-mail, ID document",
                ids(victimIds.subList(3, 5)), d2, Verification.FORGED,
                "Sender domain cad-gov-sg.com is not the agency's; agency confirmed forgery"));
        requests.add(new LegalRequestRow("LR-2024-0119", d3.minus(Duration.ofHours(6)), ZoneOffset.UTC,
                "Metropolitan Police Service", "GB", "MPS-CYB-24-1902", "Phone number, e-mail, \"recent devices\"",
                ids(victimIds.subList(5, 8)), d3, Verification.UNVERIFIED,
                "Marked urgent (threat to life); callback not completed before disclosure"));
    }

    private void benign(String id, Instant disclosed, String agency, String jurisdiction, String docRef,
            List<Integer> accounts, ZoneOffset offset, String notes, SplittableRandom rng) {
        Instant received = disclosed.minus(Duration.ofHours(rng.nextLong(24, 24 * 9)));
        requests.add(new LegalRequestRow(id, received, offset, agency, jurisdiction, docRef,
                "Account holder identity, transactions", ids(accounts), disclosed, Verification.VERIFIED, notes));
        for (int index : accounts) {
            benignDisclosures.computeIfAbsent(index, k -> new ArrayList<>()).add(new Disclosure(id, disclosed));
        }
    }

    private static List<String> ids(List<Integer> indices) {
        return indices.stream().map(AccountProfile::idOf).toList();
    }

    private static Instant at(String text, SplittableRandom rng) {
        return Instant.parse(text).plus(Duration.ofMinutes(rng.nextLong(0, 120)));
    }

    private static List<Integer> distinct(SplittableRandom rng, int bound, int count, TreeSet<Integer> taken) {
        List<Integer> drawn = new ArrayList<>(count);
        while (drawn.size() < count) {
            int index = rng.nextInt(bound);
            if (taken.add(index)) {
                drawn.add(index);
            }
        }
        return drawn;
    }

    /**
     * A takeover to stage. {@code credentialMove} picks PHONE_CHANGE (0), MFA_DISABLED (1) or MFA_CHANGED (2).
     * {@code attackStart} is when the attacker first acts, hours after the disclosure.
     */
    record Victim(String accountId, int cluster, String requestId, Instant disclosedAt, Instant attackStart,
            DemoEvent.Origin attacker, WalletAddress dropAddress, boolean frozen, int credentialMove) {
    }

    record Decoy(String accountId, DecoyKind kind, Instant at) {
    }

    record Disclosure(String requestId, Instant disclosedAt) {
    }

    /** One attacker cluster's devices, ips and drop addresses; ranges differ per cluster so clusters never meet. */
    private record Infra(int cluster, List<String> devices, List<String> ips, List<WalletAddress> addresses) {

        static Infra draw(SplittableRandom rng, int cluster, int devices, int ips, String[] assets) {
            List<String> deviceIds = new ArrayList<>();
            for (int i = 0; i < devices; i++) {
                deviceIds.add(Fakes.deviceId(rng));
            }
            String range = cluster == 1 ? "185.220.101." : "45.134.26.";
            List<String> ipList = new ArrayList<>();
            for (int i = 0; i < ips; i++) {
                ipList.add(range + (10 + 40 * i + rng.nextInt(30)));
            }
            List<WalletAddress> drops = new ArrayList<>();
            for (String asset : assets) {
                drops.add(new WalletAddress(asset, Fakes.network(asset), Fakes.address(rng, asset)));
            }
            return new Infra(cluster, deviceIds, ipList, drops);
        }

        DemoEvent.Origin origin(int device, int ip) {
            if (cluster == 1) {
                return new DemoEvent.Origin(ips.get(ip), devices.get(device),
                        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0",
                        "RO", "web", ZoneOffset.UTC);
            }
            return new DemoEvent.Origin(ips.get(ip), devices.get(device),
                    "LedgerlineExchange/5.2 (Android 13; SM-A536B)", "VN", "app", ZoneOffset.ofHours(7));
        }
    }
}
