package io.ledgerline.report;

import io.ledgerline.compensation.LostWithdrawal;
import io.ledgerline.report.xlsx.CellKind;
import io.ledgerline.report.xlsx.Column;
import io.ledgerline.report.xlsx.Table;
import io.ledgerline.report.xlsx.WorkbookWriter;
import java.util.ArrayList;
import java.util.List;

/** Every unauthorized withdrawal behind the compensation lines, with its price, tx hash and destination address. */
final class WithdrawalsSheet {

    static final int USD_EXACT = 9;

    private WithdrawalsSheet() {
    }

    static void write(WorkbookWriter workbook, ReportData data) {
        List<Column<LostWithdrawal>> columns = List.of(
                Column.text("Account", 14, w -> w.event().accountId()),
                Column.text("Withdrawal", 14, w -> w.event().eventId()),
                Column.of("Time (UTC)", CellKind.EVENT_TIME, w -> w.event().occurredAt()),
                Column.text("Asset", 8, w -> w.event().asset()),
                Column.of("Amount", CellKind.CRYPTO, LostWithdrawal::amount),
                Column.of("Fee", CellKind.CRYPTO, LostWithdrawal::fee),
                Column.of("Units lost", CellKind.CRYPTO, LostWithdrawal::units),
                Column.of("Price used, USD", CellKind.PRICE, w -> w.price() == null ? "no price" : w.price().usd()),
                Column.of("Price at (UTC)", CellKind.DATETIME, w -> w.price() == null ? "—" : w.price().at()),
                Column.of("USD value exact", CellKind.USD_EXACT, w -> CompensationSheet.unvalued(w.usdExact())),
                Column.wrap("Destination address", 24, w -> w.event().address()),
                Column.text("Network", 10, w -> w.event().network()),
                Column.wrap("Tx hash", 34, w -> w.event().txHash()),
                Column.of("Source line", CellKind.INTEGER, w -> w.event().sourceLine()));
        Table<LostWithdrawal> t = workbook.sheet("Withdrawals", "Unauthorized withdrawals", ReportText.subtitle(data))
                .note("After the investigator's review; valued at the latest case price at or before each withdrawal.")
                .table(columns);
        data.compensation().withdrawals().forEach(t::add);
        List<Object> totals = new ArrayList<>();
        totals.add("Total");
        for (int i = 1; i < USD_EXACT; i++) {
            totals.add(null);
        }
        totals.add(CompensationSheet.sum(t, USD_EXACT, data.compensation().lossUsdExact()));
        t.total(totals);
        t.finish();
    }
}
