package io.ledgerline.compensation;

import io.ledgerline.domain.InputRefusedException;
import io.ledgerline.domain.RecoveredEntry;
import io.ledgerline.importer.check.Amounts;
import io.ledgerline.store.CaseFile;
import io.ledgerline.store.FilingStore;
import io.ledgerline.store.ReviewStore;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Amounts recovered for an account (in units of an asset), as the investigator records them: append-only, the latest
 * entry per account and asset stating the whole recovered amount. Runs on the caller's thread.
 */
public final class RecoveredService {

    private final Clock clock;

    public RecoveredService(Clock clock) {
        this.clock = clock;
    }

    public RecoveredService() {
        this(Clock.systemUTC());
    }

    /**
     * Records that {@code amountText} units of {@code asset} were recovered for {@code accountId} in total.
     *
     * @throws InputRefusedException for an unknown account, a blank asset, reason or investigator, or an amount that is
     *                               not a plain non-negative decimal
     */
    public RecoveredEntry record(CaseFile caseFile, String accountId, String asset, String amountText,
            String investigator, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InputRefusedException("A recovered amount needs a reason; none was given.");
        }
        if (investigator == null || investigator.isBlank()) {
            throw new InputRefusedException("A recovered amount needs the investigator's name; none was given.");
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
        if (!new ReviewStore(caseFile).accountExists(accountId)) {
            throw new InputRefusedException("The case has no account " + accountId + ".");
        }
        Instant now = clock.instant();
        RecoveredEntry entry = new RecoveredEntry(0, accountId, asset.strip(), amount, now, investigator, reason);
        long id = new FilingStore(caseFile).addRecovered(now, entry);
        return new RecoveredEntry(id, entry.accountId(), entry.asset(), amount, now, investigator, reason);
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
}
