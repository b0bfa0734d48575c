package io.ledgerline.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A device, ip or destination address that several compromised accounts of one cluster used inside their windows:
 * the attacker infrastructure that links them.
 *
 * @param kind     {@code device}, {@code ip} or {@code address}
 * @param accounts the cluster's accounts that used it, sorted
 */
public record SharedIndicator(String kind, String value, List<String> accounts) {

    public SharedIndicator {
        accounts = List.copyOf(accounts);
    }

    /** The indicators two or more of {@code cluster}'s accounts share: most accounts first, then by kind and value. */
    static List<SharedIndicator> of(List<String> cluster, Map<String, Set<String>> linkKeys) {
        Map<String, TreeSet<String>> users = new TreeMap<>();
        for (String account : cluster) {
            for (String key : linkKeys.getOrDefault(account, Set.of())) {
                users.computeIfAbsent(key, k -> new TreeSet<>()).add(account);
            }
        }
        List<SharedIndicator> shared = new ArrayList<>();
        users.forEach((key, accounts) -> {
            if (accounts.size() > 1) {
                int colon = key.indexOf(':');
                shared.add(new SharedIndicator(key.substring(0, colon), key.substring(colon + 1),
                        List.copyOf(accounts)));
            }
        });
        shared.sort(Comparator.comparing((SharedIndicator s) -> -s.accounts().size())
                .thenComparing(SharedIndicator::kind).thenComparing(SharedIndicator::value));
        return shared;
    }
}
