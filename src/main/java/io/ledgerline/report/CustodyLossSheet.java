package io.ledgerline.report;

import io.ledgerline.analysis.Usd;
import io.ledgerline.compensation.LostWithdrawal;
import io.ledgerline.report.xlsx.CellKind;
import io.ledgerline.report.xlsx.Column;
import io.ledgerline.report.xlsx.Table;
import io.ledgerline.report.xlsx.WorkbookWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * MiCA Art. 75(8) per lost item: client, crypto-asset, quantity, moment of loss, market value per unit at that moment
 * and its source, and the resulting cap; whether the loss is attributable (and how fees count) is the exchange's legal
 * call, entered once for the case. Also the unauthorized withdrawals' tx hashes and destinations.
 */
final class CustodyLossSheet {

    private CustodyLossSheet() {
    }

    static void write(WorkbookWriter workbook, ReportData data, AccountMask mask) {
        Object attributable = brief(Entered.value(data.filing(), FilingField.MICA_ATTRIBUTABLE));
        Object fees = brief(Entered.value(data.filing(), FilingField.MICA_FEE_TREATMENT));
        List<Column<LostWithdrawal>> columns = List.of(
                Column.text("Client (masked)", 16, w -> mask.of(w.event().accountId())),
                Column.text("Withdrawal", 14, w -> w.event().eventId()),
                Column.of("Moment of loss (UTC)", CellKind.EVENT_TIME, w -> w.event().occurredAt()),
                Column.text("Crypto-asset", 8, w -> w.event().asset()),
                Column.of("Quantity lost (amount + fee)", CellKind.CRYPTO, LostWithdrawal::units),
                Column.of("of which fee", CellKind.CRYPTO, LostWithdrawal::fee),
                Column.of("Market value per unit, USD", CellKind.PRICE, w -> w.price() == null ? "no price"
                        : w.price().usd()),
                Column.of("Price quoted at (UTC)", CellKind.DATETIME, w -> w.price() == null ? "—" : w.price().at()),
                Column.text("Price source", 14, w -> w.price() == null ? "none at or before" : "case prices.csv"),
                Column.of("Cap, USD", CellKind.USD, w -> w.usdExact() == null ? "unvalued" : Usd.round(w.usdExact())),
                Column.of("Cap, USD exact", CellKind.USD_EXACT, w -> w.usdExact() == null ? "unvalued"
                        : w.usdExact()),
                Column.wrap("Destination address", 24, w -> w.event().address()),
                Column.text("Network", 10, w -> w.event().network()),
                Column.wrap("Tx hash", 34, w -> w.event().txHash()),
                Column.wrap("Attributable", 18, w -> attributable),
                Column.wrap("Fee treatment", 18, w -> fees));
        Table<LostWithdrawal> t = workbook.sheet("Custody losses", "Lost crypto-assets (MiCA Art. 75(8))",
                        ReportText.subtitle(data))
                .note("Liability is capped at the market value of the crypto-asset at the time the loss occurred: "
                        + "the latest case price at or before the withdrawal.")
                .table(columns);
        data.compensation().withdrawals().forEach(t::add);
        List<Object> totals = new ArrayList<>();
        totals.add("Total");
        for (int i = 1; i < 9; i++) {
            totals.add(null);
        }
        BigDecimal exact = data.compensation().lossUsdExact();
        totals.add(exact == null ? "unvalued" : Usd.round(exact));
        totals.add(new io.ledgerline.report.xlsx.Cells.Formula("SUM(" + t.dataRange(10) + ")",
                exact == null ? 0 : exact.doubleValue()));
        t.total(totals);
        t.finish();
    }

    /** The same marker on every row: kept short, so the rows stay one line. */
    private static Object brief(Object value) {
        return value instanceof io.ledgerline.report.xlsx.Cells.Pending ? io.ledgerline.report.xlsx.Cells.pending(
                "to be completed") : value;
    }
}
