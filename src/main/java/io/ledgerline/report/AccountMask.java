package io.ledgerline.report;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Masked account ids for the regulator workbook (data minimisation, GDPR Art. 5(1)(c)): the first 4 and last 3
 * characters stay, the rest become {@code *}. Where two ids of the report would mask alike, more trailing characters
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
        for (int end = KEEP_END; ; end++) {
            Map<String, String> masks = new HashMap<>();
            Set<String> seen = new HashSet<>();
            boolean distinct = true;
            boolean anyMasked = false;
            for (String id : accountIds) {
                String mask = mask(id, end);
                anyMasked |= !mask.equals(id);
                distinct &= seen.add(mask) || masks.containsKey(id);
                masks.put(id, mask);
            }
            if (distinct || !anyMasked) {
                return new AccountMask(masks);
            }
        }
    }

    /** The masked form of {@code accountId} (an id outside the report is masked on its own). */
    public String of(String accountId) {
        return accountId == null ? null : masks.getOrDefault(accountId, mask(accountId, KEEP_END));
    }

    private static String mask(String id, int keepEnd) {
        if (id.length() <= KEEP_START + keepEnd) {
            return id;
        }
        return id.substring(0, KEEP_START) + "*".repeat(id.length() - KEEP_START - keepEnd)
                + id.substring(id.length() - keepEnd);
    }
}
