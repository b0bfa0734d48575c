package io.ledgerline.demo;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Who an account holder is and how they usually appear: their devices, home ip and long-known withdrawal addresses.
 * Derived from the seed and the account's index alone, so accounts.csv and events.csv can each regenerate it instead
 * of keeping every account in memory.
 */
record AccountProfile(int index, String accountId, Instant openedAt, int kycLevel, String country, String email,
        String phone, String homeIp, ZoneOffset localOffset, List<DemoEvent.Origin> usualOrigins,
        List<WalletAddress> knownAddresses) {

    static String idOf(int index) {
        return "ACC-" + (100_000 + index);
    }
}
