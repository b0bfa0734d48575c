package io.ledgerline.compensation;

import io.ledgerline.analysis.AccountLoss;
import io.ledgerline.analysis.PriceBook;
import io.ledgerline.analysis.ReviewStatus;
import io.ledgerline.analysis.ReviewedAccount;
import io.ledgerline.analysis.ReviewedResult;
import io.ledgerline.domain.Event;
import io.ledgerline.domain.EventFacts;
import io.ledgerline.domain.RecoveredEntry;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds the {@link Compensation} of a reviewed run: pure, so tests drive it with values. Withdrawals are valued as
 * {@link AccountLoss#of} values them, so the lines add up to the reviewed losses of {@code analyze}; what was recovered
 * is netted by {@link CompensationCalculator#net}, the rule proposals use, so a line's net loss is its proposal's.
 */
public final class CompensationBasis {

    /** A withdrawal without an asset is grouped under this name. */
    static final String NO_ASSET = "(no asset)";

    private CompensationBasis() {
    }

    /**
     * @param events         every withdrawal named by the reviewed accounts, by event id
     * @param recovered      the recovered amounts as they stand
     * @param decisionReason the latest account decision's reason, by account id
     * @param proposals      each account's current proposal, by account id
     */
    public static Compensation of(ReviewedResult reviewed, Map<String, Event> events, PriceBook prices,
            Map<AccountAsset, RecoveredEntry> recovered, Map<String, String> decisionReason,
            Map<String, Proposal> proposals) {
        List<CompensationLine> lines = new ArrayList<>();
        List<LostWithdrawal> all = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        List<AccountLoss> losses = new ArrayList<>();
        BigDecimal recoveredTotal = BigDecimal.ZERO;
        BigDecimal netTotal = BigDecimal.ZERO;
        for (ReviewedAccount account : reviewed.accounts().stream()
                .sorted(Comparator.comparing(ReviewedAccount::accountId)).toList()) {
            if (account.status() == ReviewStatus.REJECTED) {
                Proposal stale = proposals.get(account.accountId());
                // a proposal made before the rejection is still on record: say so rather than hide it
                rejected.add(stale == null ? account.accountId() : account.accountId() + " (its proposal #"
                        + stale.id() + " is " + stale.state().code() + ")");
                continue;
            }
            losses.add(account.loss());
            Map<String, List<LostWithdrawal>> byAsset = new TreeMap<>();
            for (String id : account.unauthorizedWithdrawals()) {
                LostWithdrawal w = value(events.get(id), prices);
                all.add(w);
                byAsset.computeIfAbsent(w.event().asset() == null ? NO_ASSET : w.event().asset(),
                        a -> new ArrayList<>()).add(w);
            }
            boolean first = true;
            for (var entry : byAsset.entrySet()) {
                AccountAsset key = new AccountAsset(account.accountId(), entry.getKey());
                RecoveredEntry r = recovered.get(key);
                CompensationLine line = line(key, entry.getValue(), prices, r == null ? BigDecimal.ZERO : r.amount(),
                        account.status(), decisionReason.get(account.accountId()),
                        proposals.get(account.accountId()), first);
                first = false;
                lines.add(line);
                if (line.recoveredUsdExact() != null) {
                    recoveredTotal = recoveredTotal.add(line.recoveredUsdExact());
                    netTotal = netTotal.add(line.netLossUsdExact());
                }
            }
        }
        all.sort(Comparator.comparing((LostWithdrawal w) -> w.event().occurredAt())
                .thenComparing(w -> w.event().eventId()));
        return new Compensation(lines, all, AccountLoss.totalUsdExact(losses), recoveredTotal, netTotal, rejected);
    }

    private static LostWithdrawal value(Event e, PriceBook prices) {
        if (e.amount() == null || e.asset() == null) {
            return new LostWithdrawal(e, e.amount() == null ? BigDecimal.ZERO : e.amount(), null, null);
        }
        BigDecimal units = e.amount().add(e.fee() == null ? BigDecimal.ZERO : e.fee());
        var price = prices.priceAt(e.asset(), e.occurredAt()).orElse(null);
        return new LostWithdrawal(e, units, price, price == null ? null : units.multiply(price.usd()));
    }

    private static CompensationLine line(AccountAsset key, List<LostWithdrawal> ws, PriceBook prices,
            BigDecimal recovered, ReviewStatus status, String reason, Proposal proposal, boolean first) {
        BigDecimal amount = BigDecimal.ZERO;
        BigDecimal fees = BigDecimal.ZERO;
        for (LostWithdrawal w : ws) {
            amount = amount.add(w.amount());
            fees = fees.add(w.fee());
        }
        Netting n = CompensationCalculator.net(ws.stream().map(w -> EventFacts.of(w.event())).toList(), prices,
                recovered);
        if (n.unvalued() == ws.size()) {
            return new CompensationLine(key, ws, amount, fees, n.loss(), null, n.unvalued(), recovered, null, null,
                    status, reason, proposal, first);
        }
        return new CompensationLine(key, ws, amount, fees, n.loss(), n.lossUsdValued(), n.unvalued(), recovered,
                n.recoveredUsdValued(), n.netUsdValued(), status, reason, proposal, first);
    }
}
