package io.ledgerline.report;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Masked account ids for the regulator workbook (data minimisation, GDPR Art. 5(1)(c)): the first 4 and last 3
 * characters stay (a third at each end of a short id), the rest become {@code *}. Where two ids of the report would mask alike, more trailing characters
 * are shown for all of them until every mask is distinct, so each masked id still names one account.
 */
public final class AccountMask {

    private static final int KEEP_START = 4;
    private static final int KEEP_END = 3;

    private final Map<String, String> masks;

    private AccountMask(Map<String, String> masks) {
        this.masks = masks;
    }

    public static AccountMask of(Collection<String> accountIds) {
        int longest = accountIds.stream().mapToInt(String::length).max().orElse(0);
        for (int extra = 0; extra <= longest; extra++) {
            Map<String, String> masks = new HashMap<>();
            Set<String> seen = new HashSet<>();
            boolean distinct = true;
            for (String id : accountIds) {
                String mask = mask(id, extra);
                distinct &= seen.add(mask) || mask.equals(masks.get(id));
                masks.put(id, mask);
            }
            if (distinct) {
                return new AccountMask(masks);
            }
        }
        // ids that differ only where every mask hides them: shown whole rather than ambiguous
        Map<String, String> whole = new HashMap<>();
        accountIds.forEach(id -> whole.put(id, id));
        return new AccountMask(whole);
    }

    /** The masked form of {@code accountId} (an id outside the report is masked on its own). */
    public String of(String accountId) {
        return accountId == null ? null : masks.getOrDefault(accountId, mask(accountId, 0));
    }

    /**
     * A short id keeps a third of itself at each end, so something of every id is masked; {@code extra} more trailing
     * characters are shown to tell ids apart.
     */
    private static String mask(String id, int extra) {
        int n = id.length();
        if (n < 3) {
            return id;
        }
        boolean longId = n >= KEEP_START + KEEP_END + 3;
        int start = longId ? KEEP_START : n / 3;
        int end = Math.min((longId ? KEEP_END : Math.max(1, n / 3)) + extra, n - start - 1);
        if (end < 0 || start + end >= id.length()) {
            return id;
        }
        return id.substring(0, start) + "*".repeat(id.length() - start - end) + id.substring(id.length() - end);
    }
}
