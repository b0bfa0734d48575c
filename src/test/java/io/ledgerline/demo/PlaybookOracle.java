package io.ledgerline.demo;

import io.ledgerline.domain.Category;
import io.ledgerline.domain.EventType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A test-only reading of the default account-takeover playbook (case-format.md R1–R3, compromise window, linked
 * accounts), to check that the generator plants what it claims. Not the product's analysis code.
 */
final class PlaybookOracle {

    record Verdict(String accountId, Instant windowStart, Instant windowEnd, List<String> unauthorizedIds,
            Set<String> sharedKeys) {
    }

    /** Compromised accounts by id, from events.csv rows. */
    static Map<String, Verdict> compromised(List<Map<String, String>> events) {
        Map<String, List<Map<String, String>>> byAccount = new TreeMap<>();
        events.forEach(e -> byAccount.computeIfAbsent(e.get("account_id"), k -> new ArrayList<>()).add(e));
        Map<String, Verdict> result = new TreeMap<>();
        byAccount.forEach((account, rows) -> {
            rows.sort(Comparator.comparing(e -> BundleRows.instant(e.get("occurred_at"))));
            Verdict verdict = judge(account, rows);
            if (verdict != null) {
                result.put(account, verdict);
            }
        });
        return result;
    }

    private static Verdict judge(String account, List<Map<String, String>> rows) {
        List<Instant> r1r2 = new ArrayList<>();
        List<Instant> r3 = new ArrayList<>();
        Set<String> seenDevices = new HashSet<>();
        Map<String, Instant> addedAt = new HashMap<>();
        Instant lastFaceFailure = null;
        Instant frozen = null;
        for (Map<String, String> e : rows) {
            Instant at = BundleRows.instant(e.get("occurred_at"));
            String type = e.get("type");
            boolean success = !"failure".equals(e.get("outcome")) && !"pending".equals(e.get("outcome"));
            String device = e.get("device_id");
            if (type.equals("LOGIN") && success && !device.isEmpty() && !seenDevices.contains(device)) {
                r1r2.add(at);
            }
            if (EventType.categoryOf(type) == Category.CREDENTIALS) {
                r1r2.add(at);
            }
            if (type.equals("FACE_VERIFICATION")) {
                if (!success) {
                    lastFaceFailure = at;
                } else if (lastFaceFailure != null && !at.isAfter(lastFaceFailure.plus(Duration.ofHours(1)))) {
                    r1r2.add(at);
                }
            }
            if (type.equals("ADDRESS_ADDED")) {
                addedAt.put(e.get("address"), at);
            }
            Instant added = addedAt.get(e.get("address"));
            if (type.equals("WITHDRAWAL") && success && added != null
                    && at.isBefore(added.plus(Duration.ofHours(24)))) {
                r3.add(at);
            }
            if (type.equals("ACCOUNT_FROZEN")) {
                frozen = at;
            }
            if (!device.isEmpty()) {
                seenDevices.add(device);
            }
        }
        for (Instant withdrawal : r3) {
            Instant from = withdrawal.minus(Duration.ofHours(72));
            Instant start = r1r2.stream().filter(t -> !t.isBefore(from) && !t.isAfter(withdrawal)).min(
                    Comparator.naturalOrder()).orElse(null);
            if (start != null) {
                Instant end = r3.get(r3.size() - 1);
                if (frozen != null && frozen.isAfter(end)) {
                    end = frozen;
                }
                return window(account, rows, start, end);
            }
        }
        return null;
    }

    private static Verdict window(String account, List<Map<String, String>> rows, Instant start, Instant end) {
        Set<String> addedInside = new HashSet<>();
        List<String> unauthorized = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (Map<String, String> e : rows) {
            Instant at = BundleRows.instant(e.get("occurred_at"));
            if (at.isBefore(start) || at.isAfter(end)) {
                continue;
            }
            if (e.get("type").equals("ADDRESS_ADDED")) {
                addedInside.add(e.get("address"));
            }
            if (e.get("type").equals("WITHDRAWAL") && !"failure".equals(e.get("outcome"))
                    && addedInside.contains(e.get("address"))) {
                unauthorized.add(e.get("event_id"));
            }
            addKey(keys, "device:", e.get("device_id"));
            addKey(keys, "ip:", e.get("ip"));
            if (e.get("type").startsWith("WITHDRAWAL") || e.get("type").equals("ADDRESS_ADDED")) {
                addKey(keys, "address:", e.get("address"));
            }
        }
        return new Verdict(account, start, end, unauthorized, keys);
    }

    private static void addKey(Set<String> keys, String kind, String value) {
        if (value != null && !value.isEmpty()) {
            keys.add(kind + value);
        }
    }

    /** Groups compromised accounts that share a key inside their windows, transitively; sorted for comparison. */
    static Set<Set<String>> clusters(Map<String, Verdict> compromised) {
        Map<String, String> parent = new HashMap<>();
        compromised.keySet().forEach(a -> parent.put(a, a));
        Map<String, String> ownerOfKey = new HashMap<>();
        for (Verdict v : compromised.values()) {
            for (String key : v.sharedKeys()) {
                String other = ownerOfKey.putIfAbsent(key, v.accountId());
                if (other != null) {
                    parent.put(root(parent, v.accountId()), root(parent, other));
                }
            }
        }
        Map<String, Set<String>> groups = new TreeMap<>();
        compromised.keySet().forEach(a -> groups.computeIfAbsent(root(parent, a), k -> new HashSet<>()).add(a));
        return new HashSet<>(groups.values());
    }

    private static String root(Map<String, String> parent, String account) {
        String current = account;
        while (!parent.get(current).equals(current)) {
            current = parent.get(current);
        }
        return current;
    }
}
