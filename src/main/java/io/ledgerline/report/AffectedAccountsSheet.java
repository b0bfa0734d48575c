package io.ledgerline.report;

import io.ledgerline.analysis.ReviewStatus;
import io.ledgerline.analysis.ReviewedAccount;
import io.ledgerline.domain.Account;
import io.ledgerline.report.xlsx.CellKind;
import io.ledgerline.report.xlsx.Cells;
import io.ledgerline.report.xlsx.Column;
import io.ledgerline.report.xlsx.Table;
import io.ledgerline.report.xlsx.WorkbookWriter;
import java.math.BigDecimal;
import io.ledgerline.store.CaseFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One row per suspected or confirmed account: masked id and contacts, country, compromise window, loss per asset and
 * in USD after review, cluster, review status and the account's timeline picture. The totals row counts accounts not
 * rejected: live SUMIFS over the exact columns, beside the USD total rounded once.
 */
final class AffectedAccountsSheet {

    static final String NO_PICTURE = "timeline picture not available";
    static final float PICTURE_ROW_POINTS = 90;
    static final int PICTURE_WIDTH_CHARS = 56;

    private AffectedAccountsSheet() {
    }

    record Row(ReviewedAccount reviewed, Account account, boolean pictured) {
        Optional<Account> export() {
            return Optional.ofNullable(account);
        }
    }

    static void write(WorkbookWriter workbook, ReportData data, AccountMask mask, AccountPictures pictures,
            CaseFile caseFile) {
        Set<String> assets = new TreeSet<>();
        data.reviewed().accounts().forEach(a -> assets.addAll(a.loss().byAsset().keySet()));
        List<Column<Row>> columns = columns(assets, mask);
        Table<Row> t = workbook.sheet("Affected accounts", "Affected accounts", ReportText.subtitle(data))
                .note("Suspected takeovers of run #" + data.runId() + " and accounts the investigator confirmed; loss "
                        + "after review (amount + fee per asset; USD at the price of the moment). Timeline pictures show "
                        + "each compromise window and the disclosure before it, in UTC.")
                .table(columns);
        int pictureColumn = columns.size() - 1;
        List<ReviewedAccount> accounts = data.reviewed().accounts().stream()
                .sorted(Comparator.comparing(ReviewedAccount::accountId)).toList();
        for (ReviewedAccount a : accounts) {
            Optional<byte[]> picture = pictures.png(caseFile, a, data.run().run().settings());
            int row = t.add(new Row(a, data.accounts().get(a.accountId()), picture.isPresent()));
            picture.ifPresent(png -> t.picture(row, pictureColumn, png, PICTURE_ROW_POINTS));
        }
        t.total(totals(t, columns, assets, data));
        t.finish();
    }

    private static List<Column<Row>> columns(Set<String> assets, AccountMask mask) {
        List<Column<Row>> c = new ArrayList<>();
        c.add(Column.text("Account (masked)", 16, r -> mask.of(r.reviewed().accountId())));
        c.add(Column.text("Email (masked)", 28, r -> r.export().map(Account::emailMasked).orElse(null)));
        c.add(Column.text("Phone (masked)", 20, r -> r.export().map(Account::phoneMasked).orElse(null)));
        c.add(Column.text("Country", 8, r -> r.export().map(Account::country).orElse(null)));
        c.add(Column.of("Window start (UTC)", CellKind.EVENT_TIME, r -> r.reviewed().suspected()
                ? r.reviewed().proposal().window().start() : "unknown (confirmed only)"));
        c.add(Column.of("Window end (UTC)", CellKind.EVENT_TIME, r -> r.reviewed().suspected()
                ? r.reviewed().proposal().window().end() : "unknown (confirmed only)"));
        for (String asset : assets) {
            c.add(Column.of("Loss " + asset, CellKind.CRYPTO, r -> r.reviewed().loss().byAsset().get(asset)));
        }
        c.add(Column.of("Loss USD", CellKind.USD, r -> usdOrUnvalued(r.reviewed().loss().usd())));
        c.add(Column.of("Loss USD exact", CellKind.USD_EXACT, r -> usdOrUnvalued(r.reviewed().loss().usdExact())));
        c.add(Column.of("Unvalued withdrawals", CellKind.INTEGER, r -> (long) r.reviewed().loss().unvalued().size()));
        c.add(Column.of("Cluster", CellKind.INTEGER, r -> r.reviewed().suspected()
                ? (Object) (long) r.reviewed().proposal().cluster() : "none"));
        c.add(Column.text("Review status", 14, r -> r.reviewed().status().code()));
        // 56 characters (about 400 px) by 90 points: the timeline's own 10:3 shape, so the picture is not squeezed
        c.add(new Column<>("Timeline picture", CellKind.TEXT, PICTURE_WIDTH_CHARS,
                PICTURE_WIDTH_CHARS, r -> r.pictured() ? "" : NO_PICTURE));
        return c;
    }

    private static Object usdOrUnvalued(BigDecimal usd) {
        return usd == null ? "unvalued" : usd;
    }

    /** Label, SUMIFS over each asset and the exact USD, the rounded total as a value. */
    private static List<Object> totals(Table<Row> t, List<Column<Row>> columns, Set<String> assets, ReportData data) {
        List<Object> totals = new ArrayList<>();
        String status = t.dataRange(columns.size() - 2);
        totals.add("Total, accounts not rejected");
        for (int i = 1; i < 6; i++) {
            totals.add(null);
        }
        int col = 6;
        for (String asset : assets) {
            BigDecimal sum = data.reviewed().accounts().stream().filter(a -> a.status() != ReviewStatus.REJECTED)
                    .map(a -> a.loss().byAsset().getOrDefault(asset, BigDecimal.ZERO))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            totals.add(sumIfs(t.dataRange(col++), status, sum));
        }
        totals.add(data.reviewed().totalLossUsd() == null ? "unvalued" : data.reviewed().totalLossUsd());
        BigDecimal exact = data.reviewed().totalLossUsdExact();
        totals.add(sumIfs(t.dataRange(col + 1), status, exact == null ? BigDecimal.ZERO : exact));
        return totals;
    }

    static Cells.Formula sumIfs(String range, String statusRange, BigDecimal cached) {
        return new Cells.Formula("SUMIFS(" + range + "," + statusRange + ",\"<>" + ReviewStatus.REJECTED.code()
                + "\")", cached.doubleValue());
    }
}
