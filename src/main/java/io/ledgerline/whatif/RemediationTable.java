package io.ledgerline.whatif;

import io.ledgerline.analysis.Usd;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The what-if as a flat table, control by control (savings and friction side by side), for the report's Remediation
 * sheet and the app's What-if view. The baseline row names what the takeovers lost with no control.
 *
 * @param assets   every asset lost in the case, sorted: one column each for the units prevented
 * @param baseline the case's loss, as a row with every withdrawal "prevented" and no friction
 */
public record RemediationTable(List<String> assets, RemediationRow baseline, List<RemediationRow> rows) {

    public RemediationTable {
        assets = List.copyOf(assets);
        rows = List.copyOf(rows);
    }

    public static RemediationTable of(WhatIfResult result) {
        List<RemediationRow> rows = new ArrayList<>();
        for (ControlOutcome c : result.controls()) {
            Map<StopKind, Long> events = new EnumMap<>(StopKind.class);
            Map<StopKind, Integer> accounts = new EnumMap<>(StopKind.class);
            for (StopKind kind : StopKind.values()) {
                events.put(kind, c.friction().events(kind));
                accounts.put(kind, c.friction().accounts(kind));
            }
            rows.add(new RemediationRow(c.control().name(), parametersText(c.control().parameters()),
                    c.preventedWithdrawals(), result.unauthorizedWithdrawals(), c.accountsStopped(),
                    result.compromisedAccounts(), c.prevented().byAsset(), c.prevented().usdExact(),
                    Usd.round(c.prevented().usdExact()), events, accounts, c.friction().affectedAccounts().size()));
        }
        Map<StopKind, Long> none = new EnumMap<>(StopKind.class);
        Map<StopKind, Integer> noAccounts = new EnumMap<>(StopKind.class);
        for (StopKind kind : StopKind.values()) {
            none.put(kind, 0L);
            noAccounts.put(kind, 0);
        }
        RemediationRow baseline = new RemediationRow("loss without controls", "", result.unauthorizedWithdrawals(),
                result.unauthorizedWithdrawals(), result.compromisedAccounts(), result.compromisedAccounts(),
                result.loss().byAsset(), result.loss().usdExact(), Usd.round(result.loss().usdExact()), none,
                noAccounts, 0);
        return new RemediationTable(new ArrayList<>(new TreeSet<>(result.loss().byAsset().keySet())), baseline,
                rows);
    }

    /** {@code name=value} pairs joined by ", ", e.g. {@code failures=1, hours=24, review=none}. */
    public static String parametersText(Map<String, String> parameters) {
        return parameters.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
    }

    /** Units of {@code asset} a row prevented; zero when none. */
    public static BigDecimal units(RemediationRow row, String asset) {
        return row.preventedByAsset().getOrDefault(asset, BigDecimal.ZERO);
    }
}
