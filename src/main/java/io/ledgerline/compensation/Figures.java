package io.ledgerline.compensation;

import io.ledgerline.analysis.Usd;
import io.ledgerline.audit.Canonical;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one account is proposed, and from what: per asset the reviewed loss, recovered and net amounts, and the
 * proposal under {@code policy}.
 *
 * @param proposedUsdExact under the USD policy the payment (capped if the cap bites); in kind the time-of-loss value of
 *                         the units proposed when every asset has a price, else null
 */
public record Figures(String accountId, CompensationPolicy policy, List<AssetLine> assets, BigDecimal proposedUsdExact,
        boolean capped) {

    public Figures {
        assets = List.copyOf(assets);
    }

    public BigDecimal proposedUsd() {
        return Usd.round(proposedUsdExact);
    }

    /** The figures as recorded with a proposal (canonical JSON of this map is compared to tell a change). */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("account_id", accountId);
        map.put("policy", policy.toMap());
        map.put("assets", assets.stream().map(AssetLine::toMap).toList());
        map.put("proposed_usd_exact", proposedUsdExact);
        map.put("proposed_usd", proposedUsd());
        map.put("capped", capped);
        return map;
    }

    /** A short line for lists: what is proposed, as {@link Proposal#summary()} says it. */
    public String summary() {
        return Proposal.summaryOf(Canonical.parseObject(Canonical.json(toMap())));
    }
}
