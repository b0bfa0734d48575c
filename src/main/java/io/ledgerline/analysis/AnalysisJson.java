package io.ledgerline.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON shape of an {@link AnalysisResult} (README, "analyze --json"), as maps and lists in key order for any JSON
 * writer. Money is a string of the exact decimal (never a JSON number, which readers parse as binary floating point);
 * an unvalued USD figure is null. Timestamps are RFC 3339 in UTC.
 */
public final class AnalysisJson {

    private AnalysisJson() {
    }

    public static Map<String, Object> of(AnalysisResult result) {
        return of(result, null);
    }

    /** With {@code run.id}, the id of the run's record in the case, when it was recorded (null: left out). */
    public static Map<String, Object> of(AnalysisResult result, Long runId) {
        Map<String, Object> root = new LinkedHashMap<>();
        Map<String, Object> run = new LinkedHashMap<>();
        if (runId != null) {
            run.put("id", runId);
        }
        run.putAll(run(result.run()));
        root.put("run", run);
        root.put("compromised", result.compromised().stream().map(AnalysisJson::account).toList());
        root.put("total_loss_usd", money(result.totalLossUsd()));
        root.put("total_loss_usd_exact", money(result.totalLossUsdExact()));
        root.put("clusters", result.clusters());
        root.put("unsafe_disclosures", result.unsafeDisclosures());
        Map<String, Object> links = new java.util.TreeMap<>();
        result.linkKeys().forEach((account, keys) -> links.put(account, new java.util.TreeSet<>(keys)));
        root.put("link_keys", links);
        return root;
    }

    /**
     * {@link #of(AnalysisResult, Long)} with the investigator's review (README, "analyze --json"): the playbook's keys
     * unchanged, plus per suspected account its {@code review} status and {@code reviewed} withdrawals and loss, the
     * accounts only the investigator confirmed, the reviewed total, and the {@code disagreements}.
     */
    public static Map<String, Object> of(ReviewedResult reviewed, Long runId) {
        Map<String, Object> root = of(reviewed.result(), runId);
        List<Map<String, Object>> compromised = new ArrayList<>();
        List<Map<String, Object>> confirmedOnly = new ArrayList<>();
        for (ReviewedAccount a : reviewed.accounts()) {
            Map<String, Object> m = a.suspected() ? account(a.proposal()) : new LinkedHashMap<>();
            if (!a.suspected()) {
                m.put("account_id", a.accountId());
            }
            m.put("review", a.status().code());
            m.put("reviewed", reviewedLoss(a));
            (a.suspected() ? compromised : confirmedOnly).add(m);
        }
        root.put("compromised", compromised);
        root.put("confirmed_not_suspected", confirmedOnly);
        root.put("reviewed_total_loss_usd", money(reviewed.totalLossUsd()));
        root.put("reviewed_total_loss_usd_exact", money(reviewed.totalLossUsdExact()));
        root.put("disagreements", reviewed.disagreements().stream().map(AnalysisJson::disagreement).toList());
        return root;
    }

    private static Map<String, Object> reviewedLoss(ReviewedAccount a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("unauthorized_withdrawals", a.unauthorizedWithdrawals());
        loss(m, a.loss());
        return m;
    }

    private static Map<String, Object> disagreement(Disagreement d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("account_id", d.accountId());
        m.put("event_id", d.eventId());
        m.put("kind", d.kind().code());
        m.put("decision_id", d.decisionId());
        return m;
    }

    static Map<String, Object> run(RunInfo run) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("run_at", run.runAt().toString());
        m.put("tool_version", run.toolVersion());
        m.put("settings", settings(run.settings()));
        return m;
    }

    /** Durations as ISO 8601 ({@code PT24H}). */
    public static Map<String, Object> settings(PlaybookSettings s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("new_device_rule", s.newDeviceRule());
        m.put("face_retry_window", s.faceRetryWindow().toString());
        m.put("fresh_address_age", s.freshAddressAge().toString());
        m.put("compromise_lookback", s.compromiseLookback().toString());
        return m;
    }

    private static Map<String, Object> account(CompromisedAccount a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("account_id", a.accountId());
        m.put("window_start", a.window().start().toString());
        m.put("window_end", a.window().end().toString());
        m.put("unauthorized_withdrawals", a.unauthorizedWithdrawals());
        loss(m, a.loss());
        m.put("cluster", a.cluster());
        return m;
    }

    /** An {@link AccountLoss} as {@code loss_by_asset}, {@code loss_usd}, {@code loss_usd_exact}, {@code unvalued}. */
    public static void loss(Map<String, Object> m, AccountLoss loss) {
        Map<String, String> byAsset = new LinkedHashMap<>();
        loss.byAsset().forEach((asset, units) -> byAsset.put(asset, units.toPlainString()));
        m.put("loss_by_asset", byAsset);
        m.put("loss_usd", money(loss.usd()));
        m.put("loss_usd_exact", money(loss.usdExact()));
        m.put("unvalued", loss.unvalued());
    }

    /** Money as the exact decimal text; null stays null (unvalued). */
    public static String money(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
