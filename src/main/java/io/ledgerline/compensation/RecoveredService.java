package io.ledgerline.compensation;

import io.ledgerline.audit.AuditTrail;
import io.ledgerline.audit.Change;
import io.ledgerline.audit.Recorded;
import io.ledgerline.domain.InputRefusedException;
import io.ledgerline.domain.RecoveredEntry;
import io.ledgerline.importer.check.Amounts;
import io.ledgerline.store.CaseFile;
import io.ledgerline.store.FilingStore;
import io.ledgerline.store.AccountStore;
import io.ledgerline.store.ReviewStore;
import io.ledgerline.store.WrittenRow;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Amounts recovered for an account (in units of an asset), as the investigator records them: append-only, the latest
 * entry per account and asset stating the whole recovered amount. Every entry is written through the audit trail
 * (action {@value #ACTION}, "before" the entry of the same account and asset it supersedes). Runs on the caller's
 * thread.
 */
public final class RecoveredService {

    /** The audit trail's name for a recovered amount. */
    public static final String ACTION = "recovered.enter";

    /**
     * Records that {@code amountText} units of {@code asset} were recovered for {@code accountId} in total, as the
     * trail's investigator at the trail's now (UTC).
     *
     * @throws InputRefusedException for an unknown account, an asset the account never withdrew, a blank reason, or an
     *                               amount that is not a plain non-negative decimal
     */
    public RecoveredEntry record(AuditTrail trail, String accountId, String asset, String amountText, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InputRefusedException("A recovered amount needs a reason; none was given.");
        }
        if (asset == null || asset.isBlank()) {
            throw new InputRefusedException("A recovered amount needs its asset (e.g. BTC).");
        }
        BigDecimal amount;
        try {
            amount = Amounts.parse(amountText == null ? "" : amountText.strip());
        } catch (IllegalArgumentException e) {
            throw new InputRefusedException("amount: " + e.getMessage() + ".");
        }
        if (!new ReviewStore(trail.caseFile()).accountExists(accountId)) {
            throw new InputRefusedException("The case has no account " + accountId + ".");
        }
        String withdrawn = withdrawnAsset(trail, accountId, asset.strip());
        Instant now = trail.now();
        RecoveredEntry entry = new RecoveredEntry(0, accountId, withdrawn, amount, now, trail.investigator(), reason);
        return trail.record(tx -> {
            Map<String, Object> before = FilingStore.latestRecovered(tx, accountId, entry.asset()).orElse(null);
            WrittenRow row = FilingStore.addRecovered(tx, now, entry);
            return new Recorded<>(new RecoveredEntry(row.id(), accountId, entry.asset(), amount, now,
                    entry.investigator(), reason), Change.of(ACTION, row, accountId, before, reason));
        });
    }

    /**
     * The asset as the account's withdrawals spell it: recoveries are matched to losses by asset, so an entry under
     * another spelling ("eth" for "ETH") or an asset the account never withdrew would be signed and then deducted from
     * nothing. Case is forgiven; anything else is refused with the assets there are.
     */
    private static String withdrawnAsset(AuditTrail trail, String accountId, String asset) {
        List<String> assets = new AccountStore(trail.caseFile()).withdrawnAssets(accountId);
        return assets.stream().filter(a -> a.equalsIgnoreCase(asset)).findFirst()
                .orElseThrow(() -> new InputRefusedException(assets.isEmpty()
                        ? "Account " + accountId + " made no withdrawal, so nothing can have been recovered for it."
                        : "Account " + accountId + " withdrew no " + asset + "; its withdrawals were in "
                        + String.join(", ", assets) + "."));
    }

    /** The recovered amounts as they stand: the latest entry per account and asset. */
    public static Map<AccountAsset, RecoveredEntry> latest(List<RecoveredEntry> entries) {
        Map<AccountAsset, RecoveredEntry> latest = new TreeMap<>();
        for (RecoveredEntry e : entries) {
            latest.put(new AccountAsset(e.accountId(), e.asset()), e);
        }
        return latest;
    }

    public Map<AccountAsset, RecoveredEntry> recovered(CaseFile caseFile) {
        return latest(new FilingStore(caseFile).recovered());
    }

    /** The recovered amounts of {@code caseFile} as they stand, read once: what proposals deduct. */
    public RecoveredAmounts amounts(CaseFile caseFile) {
        return RecoveredAmounts.from(recovered(caseFile));
    }
}
