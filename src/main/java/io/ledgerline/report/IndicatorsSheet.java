package io.ledgerline.report;

import io.ledgerline.report.xlsx.CellKind;
import io.ledgerline.report.xlsx.Column;
import io.ledgerline.report.xlsx.Table;
import io.ledgerline.report.xlsx.WorkbookWriter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The attacker's indicators: ips and devices of rule-hit events inside the compromise windows, and the destination
 * addresses of unauthorized withdrawals, each with its first and last sighting anywhere in the case and every account
 * that shows it (accounts the playbook did not flag are named apart: they may deserve a look).
 */
final class IndicatorsSheet {

    private IndicatorsSheet() {
    }

    static void write(WorkbookWriter workbook, ReportData data, AccountMask mask) {
        List<Column<Indicator>> columns = List.of(
                Column.text("Kind", 9, Indicator::kind),
                Column.wrap("Value", 30, Indicator::value),
                Column.text("Network", 10, Indicator::network),
                Column.of("First seen (UTC)", CellKind.EVENT_TIME, Indicator::firstSeen),
                Column.of("Last seen (UTC)", CellKind.EVENT_TIME, Indicator::lastSeen),
                Column.of("Events", CellKind.INTEGER, Indicator::events),
                Column.wrap("Compromised accounts (masked)", 34, i -> masked(i.flaggedAccounts(), mask)),
                Column.wrap("Other accounts showing it (masked)", 34, i -> masked(i.accounts().stream()
                        .filter(a -> !i.flaggedAccounts().contains(a)).toList(), mask)));
        Table<Indicator> t = workbook.sheet("Indicators", "Indicators of compromise", ReportText.subtitle(data))
                .note("Ips and devices of R1–R3 events inside the compromise windows; destination addresses of the "
                        + "unauthorized withdrawals (tx hashes on Custody losses). Sightings over the whole case.")
                .table(columns);
        data.indicators().forEach(t::add);
        t.finish();
    }

    private static String masked(List<String> accounts, AccountMask mask) {
        return accounts.stream().map(mask::of).collect(Collectors.joining(", "));
    }
}
