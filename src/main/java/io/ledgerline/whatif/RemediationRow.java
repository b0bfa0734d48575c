package io.ledgerline.whatif;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One line of the remediation table: a control, what it would have saved and what it would have cost honest
 * customers. Money exact; {@code preventedUsd} rounded half-even to cents once from {@code preventedUsdExact}.
 *
 * @param parameters         the control's parameters as one text, e.g. {@code hours=24}
 * @param preventedByAsset   units per asset, sorted by asset
 * @param preventedUsdExact  null when nothing prevented could be valued
 * @param frictionEvents     honest events stopped, per kind
 * @param frictionAccounts   honest accounts with such events, per kind
 */
public record RemediationRow(String control, String parameters, long preventedWithdrawals,
        long unauthorizedWithdrawals, long accountsStopped, int compromisedAccounts,
        Map<String, BigDecimal> preventedByAsset, BigDecimal preventedUsdExact, BigDecimal preventedUsd,
        Map<StopKind, Long> frictionEvents, Map<StopKind, Integer> frictionAccounts, int honestAccountsAffected) {

    public RemediationRow {
        preventedByAsset = Map.copyOf(preventedByAsset);
        frictionEvents = Map.copyOf(frictionEvents);
        frictionAccounts = Map.copyOf(frictionAccounts);
    }
}
