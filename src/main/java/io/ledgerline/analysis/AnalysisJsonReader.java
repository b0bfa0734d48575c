package io.ledgerline.analysis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerline.domain.LedgerlineException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a recorded run's result (the JSON {@link AnalysisJson#of(AnalysisResult)} wrote) back into an
 * {@link AnalysisResult}, exactly: money was recorded as exact decimal strings, so nothing is lost. A report on a
 * recorded run therefore shows what that run found, even after the rules or prices changed.
 */
final class AnalysisJsonReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AnalysisJsonReader() {
    }

    static AnalysisResult read(String resultJson) {
        try {
            JsonNode root = JSON.readTree(resultJson);
            JsonNode run = root.get("run");
            RunInfo info = new RunInfo(Instant.parse(run.get("run_at").asText()), settings(run.get("settings")),
                    run.get("tool_version").asText());
            List<CompromisedAccount> compromised = new ArrayList<>();
            for (JsonNode a : root.get("compromised")) {
                compromised.add(new CompromisedAccount(a.get("account_id").asText(),
                        new CompromiseWindow(Instant.parse(a.get("window_start").asText()),
                                Instant.parse(a.get("window_end").asText())),
                        strings(a.get("unauthorized_withdrawals")), loss(a), a.get("cluster").asInt()));
            }
            List<List<String>> clusters = new ArrayList<>();
            root.get("clusters").forEach(c -> clusters.add(strings(c)));
            // runs recorded before link keys were kept have none: their clusters stand, their shared indicators are
            // unknown
            Map<String, Set<String>> linkKeys = new HashMap<>();
            JsonNode links = root.get("link_keys");
            if (links != null) {
                links.fields().forEachRemaining(f -> linkKeys.put(f.getKey(), Set.copyOf(strings(f.getValue()))));
            }
            return new AnalysisResult(info, compromised, money(root.get("total_loss_usd_exact")), clusters,
                    strings(root.get("unsafe_disclosures")), linkKeys);
        } catch (JsonProcessingException | RuntimeException e) {
            throw new LedgerlineException("The recorded analysis run cannot be read back (" + e.getMessage()
                    + "); run the analysis again.", e);
        }
    }

    static PlaybookSettings settings(JsonNode s) {
        return new PlaybookSettings(s.get("new_device_rule").asBoolean(),
                Duration.parse(s.get("face_retry_window").asText()),
                Duration.parse(s.get("fresh_address_age").asText()),
                Duration.parse(s.get("compromise_lookback").asText()));
    }

    private static AccountLoss loss(JsonNode a) {
        Map<String, BigDecimal> byAsset = new LinkedHashMap<>();
        a.get("loss_by_asset").fields().forEachRemaining(f -> byAsset.put(f.getKey(), new BigDecimal(f.getValue()
                .asText())));
        return new AccountLoss(byAsset, money(a.get("loss_usd_exact")), strings(a.get("unvalued")));
    }

    private static BigDecimal money(JsonNode node) {
        return node == null || node.isNull() ? null : new BigDecimal(node.asText());
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
