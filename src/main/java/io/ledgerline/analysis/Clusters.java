package io.ledgerline.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Linked accounts (case-format.md): compromised accounts that share a device_id, an ip or a destination address, each
 * used inside the account's own compromise window, are one cluster, transitively (union-find over shared keys).
 * Infrastructure used outside a window links nothing. An account that shares nothing is a cluster of its own, so every
 * compromised account has a cluster number.
 */
final class Clusters {

    private Clusters() {
    }

    /** The clusters, each sorted by account id, ordered by their first account id (cluster n is element n - 1). */
    static List<List<String>> of(List<AccountFinding> findings) {
        Map<String, String> parent = new HashMap<>();
        Map<String, String> ownerOfKey = new HashMap<>();
        for (AccountFinding f : findings) {
            parent.putIfAbsent(f.accountId(), f.accountId());
        }
        for (AccountFinding f : findings) {
            for (String key : f.linkKeys()) {
                String other = ownerOfKey.putIfAbsent(key, f.accountId());
                if (other != null) {
                    union(parent, f.accountId(), other);
                }
            }
        }
        Map<String, TreeSet<String>> groups = new TreeMap<>();
        for (String account : parent.keySet()) {
            groups.computeIfAbsent(root(parent, account), r -> new TreeSet<>()).add(account);
        }
        List<List<String>> clusters = new ArrayList<>();
        groups.values().forEach(g -> clusters.add(List.copyOf(g)));
        clusters.sort(Comparator.comparing(c -> c.get(0)));
        return List.copyOf(clusters);
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = root(parent, a);
        String rb = root(parent, b);
        if (!ra.equals(rb)) {
            parent.put(ra, rb);
        }
    }

    private static String root(Map<String, String> parent, String account) {
        String current = account;
        while (!parent.get(current).equals(current)) {
            String up = parent.get(current);
            parent.put(current, parent.get(up));
            current = up;
        }
        return current;
    }
}
