package io.ledgerline.whatif;

import io.ledgerline.analysis.AnalysisJson;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON shape of a {@link WhatIfResult} (README, "whatif --json"), as maps and lists in key order. Money as in
 * {@code analyze --json}: exact decimal strings, null when unvalued. Times RFC 3339 UTC.
 */
public final class WhatIfJson {

    private WhatIfJson() {
    }

    public static Map<String, Object> of(WhatIfResult result) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("playbook_settings", AnalysisJson.settings(result.settings()));
        Map<String, Object> baseline = new LinkedHashMap<>();
        baseline.put("compromised_accounts", result.compromisedAccounts());
        baseline.put("unauthorized_withdrawals", result.unauthorizedWithdrawals());
        baseline.put("honest_accounts", result.honestAccounts());
        AnalysisJson.loss(baseline, result.loss());
        root.put("baseline", baseline);
        root.put("controls", result.controls().stream().map(WhatIfJson::control).toList());
        return root;
    }

    private static Map<String, Object> control(ControlOutcome c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("control", c.control().name());
        m.put("parameters", c.control().parameters());
        Map<String, Object> prevented = new LinkedHashMap<>();
        prevented.put("withdrawals", c.preventedWithdrawals());
        prevented.put("accounts", c.accountsStopped());
        AnalysisJson.loss(prevented, c.prevented());
        m.put("prevented", prevented);
        Map<String, Object> verdicts = new LinkedHashMap<>();
        for (Verdict v : Verdict.values()) {
            verdicts.put(v.code(), c.count(v));
        }
        m.put("withdrawals", verdicts);
        m.put("friction", friction(c.friction()));
        m.put("accounts", c.accounts().stream().map(WhatIfJson::account).toList());
        return m;
    }

    private static Map<String, Object> friction(Friction f) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (StopKind kind : StopKind.values()) {
            Map<String, Object> counts = new LinkedHashMap<>();
            counts.put("events", f.events(kind));
            counts.put("accounts", f.accounts(kind));
            m.put(kind.code(), counts);
        }
        m.put("accounts_affected", f.affectedAccounts().size());
        return m;
    }

    private static Map<String, Object> account(AccountOutcome a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("account_id", a.accountId());
        m.put("loss_usd_exact", AnalysisJson.money(a.loss().usdExact()));
        Map<String, Object> prevented = new LinkedHashMap<>();
        AnalysisJson.loss(prevented, a.prevented());
        m.put("prevented", prevented);
        m.put("stopped_at", a.stopPoint().map(WhatIfJson::stopPoint).orElse(null));
        m.put("withdrawals", a.withdrawals().stream().map(WhatIfJson::withdrawal).toList());
        return m;
    }

    private static Map<String, Object> stopPoint(StopPoint p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("event_id", p.eventId());
        m.put("at", p.at().toString());
        m.put("type", p.type());
        m.put("effect", p.effect().name().toLowerCase(java.util.Locale.ROOT));
        return m;
    }

    private static Map<String, Object> withdrawal(WithdrawalOutcome w) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("event_id", w.withdrawal().eventId());
        m.put("at", w.withdrawal().occurredAt().toString());
        m.put("outcome", w.verdict().code());
        m.put("stopped_by", w.stop() == null ? null : w.stop().event().eventId());
        m.put("released_at", text(w.releasedAt()));
        m.put("frozen_at", text(w.frozenAt()));
        return m;
    }

    private static String text(Instant at) {
        return at == null ? null : at.toString();
    }
}
