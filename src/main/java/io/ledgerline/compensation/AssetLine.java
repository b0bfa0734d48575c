package io.ledgerline.compensation;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One asset of a compensation: the unauthorized withdrawals, the loss (amount + fee, units), what was recovered, the net
 * loss, their USD values at the time of loss (null when a withdrawal of the asset has no price), and the units proposed
 * (in kind; null under the USD policy).
 */
public record AssetLine(String asset, List<String> withdrawals, BigDecimal loss, BigDecimal lossUsdExact,
        BigDecimal recovered, BigDecimal net, BigDecimal netUsdExact, BigDecimal proposedUnits) {

    public AssetLine {
        withdrawals = List.copyOf(withdrawals);
    }

    Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("asset", asset);
        map.put("withdrawals", withdrawals);
        map.put("loss", loss);
        map.put("loss_usd_exact", lossUsdExact);
        map.put("recovered", recovered);
        map.put("net", net);
        map.put("net_usd_exact", netUsdExact);
        map.put("proposed_units", proposedUnits);
        return map;
    }
}
