package io.ledgerline.ui.main;

import java.util.Locale;
import java.util.function.Predicate;

/**
 * The accounts table's search: every word typed must begin a word of the account's id, country, status or takeover
 * cluster ("cluster 2"), or, from three characters on, appear inside one ("100060" finds ACC-100060).
 */
final class AccountSearch {

    private AccountSearch() {
    }

    static Predicate<AccountRow> matching(String text) {
        if (text == null || text.isBlank()) {
            return row -> true;
        }
        String[] words = text.toLowerCase(Locale.ROOT).trim().split("\\s+");
        return row -> {
            String[] haystack = haystack(row).split(" ");
            for (String word : words) {
                if (!matchesAny(word, haystack)) {
                    return false;
                }
            }
            return true;
        };
    }

    private static boolean matchesAny(String word, String[] haystack) {
        for (String candidate : haystack) {
            if (candidate.startsWith(word) || (word.length() >= 3 && candidate.contains(word))) {
                return true;
            }
        }
        return false;
    }

    private static String haystack(AccountRow row) {
        StringBuilder text = new StringBuilder(row.accountId()).append(' ')
                .append(row.account().country()).append(' ').append(row.account().status());
        if (row.suspected()) {
            text.append(" suspected takeover cluster ").append(row.cluster());
        }
        if (row.takeover()) {
            text.append(' ').append(row.reviewStatus());
        }
        return text.toString().toLowerCase(Locale.ROOT);
    }
}
