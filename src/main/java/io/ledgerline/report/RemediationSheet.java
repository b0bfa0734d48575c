package io.ledgerline.report;

import io.ledgerline.report.xlsx.CellKind;
import io.ledgerline.report.xlsx.Column;
import io.ledgerline.report.xlsx.Table;
import io.ledgerline.report.xlsx.WorkbookWriter;
import io.ledgerline.whatif.RemediationRow;
import io.ledgerline.whatif.RemediationTable;
import io.ledgerline.whatif.StopKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Lessons learned in figures (DORA final report; issue #10): the case replayed under each control the exchange
 * announced, alone and combined — the loss each would have prevented beside what it would have cost honest customers,
 * with the parameters used.
 */
final class RemediationSheet {

    private RemediationSheet() {
    }

    static void write(WorkbookWriter workbook, ReportData data, RemediationTable table) {
        Table<RemediationRow> t = workbook.sheet("Remediation", "Remediation: would the announced controls have "
                + "stopped it?", ReportText.subtitle(data))
                .note("Each control replayed over the case's recorded events with the thresholds of run #"
                        + data.runId() + " (the playbook's proposal, before review). Prevented: refused outright, or "
                        + "held until after the account was frozen; losses valued as the run values them. Friction: "
                        + "legitimate events of every other account the control would have stopped or delayed.")
                .table(columns(table.assets()));
        t.add(table.baseline());
        table.rows().forEach(t::add);
        t.finish();
    }

    private static List<Column<RemediationRow>> columns(List<String> assets) {
        List<Column<RemediationRow>> c = new ArrayList<>();
        c.add(Column.text("Control", 44, RemediationRow::control));
        c.add(Column.wrap("Parameters", 30, RemediationRow::parameters));
        c.add(Column.of("Withdrawals prevented", CellKind.INTEGER, RemediationRow::preventedWithdrawals));
        c.add(Column.of("of unauthorized", CellKind.INTEGER, RemediationRow::unauthorizedWithdrawals));
        c.add(Column.of("Accounts stopped", CellKind.INTEGER, RemediationRow::accountsStopped));
        c.add(Column.of("of compromised", CellKind.INTEGER, r -> (long) r.compromisedAccounts()));
        for (String asset : assets) {
            c.add(Column.of("Prevented " + asset, CellKind.CRYPTO, r -> RemediationTable.units(r, asset)));
        }
        c.add(Column.of("Prevented USD", CellKind.USD, r -> r.preventedUsd() == null ? "unvalued"
                : r.preventedUsd()));
        for (StopKind kind : StopKind.values()) {
            c.add(Column.of(kind.label() + " (honest)", CellKind.INTEGER,
                    r -> r.frictionEvents().getOrDefault(kind, 0L)));
        }
        c.add(Column.of("Honest accounts affected", CellKind.INTEGER, r -> (long) r.honestAccountsAffected()));
        return c;
    }
}
