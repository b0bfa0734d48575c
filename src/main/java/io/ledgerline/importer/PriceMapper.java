package io.ledgerline.importer;

import io.ledgerline.domain.ImportProblem;
import io.ledgerline.domain.Price;
import io.ledgerline.store.EvidenceTable;
import java.util.List;

/** prices.csv rows: one USD price per asset and instant. */
final class PriceMapper implements RowMapper<Price> {

    @Override
    public Price map(CheckedRow row, String fileName, List<ImportProblem> problems, Warnings warnings) {
        return new Price(row.text("asset"), row.instant("at"), row.text("at"), row.amount("usd"), row.extra(),
                row.line());
    }

    @Override
    public EvidenceTable<Price> table() {
        return EvidenceTable.PRICES_TABLE;
    }
}
