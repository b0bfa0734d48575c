package io.ledgerline.compensation;

import java.util.Comparator;

/** One account's holding of one asset: the unit a compensation line is about. Ordered by account, then asset. */
public record AccountAsset(String accountId, String asset) implements Comparable<AccountAsset> {

    private static final Comparator<AccountAsset> ORDER =
            Comparator.comparing(AccountAsset::accountId).thenComparing(AccountAsset::asset);

    @Override
    public int compareTo(AccountAsset other) {
        return ORDER.compare(this, other);
    }
}
