package io.ledgerline.importer;

import io.ledgerline.domain.ImportProblem;
import io.ledgerline.domain.Price;
import io.ledgerline.store.Collision;
import io.ledgerline.store.EvidenceRow;
import io.ledgerline.store.ImportWriter;
import java.util.List;

/** prices.csv rows: one USD price per asset and instant. */
final class PriceMapper implements RowMapper<Price> {

    @Override
    public Price map(CheckedRow row, String fileName, List<ImportProblem> problems, Warnings warnings) {
        return new Price(row.text("asset"), row.instant("at"), row.text("at"), row.amount("usd"), row.extra(),
                row.line());
    }

    @Override
    public List<Collision> insert(ImportWriter writer, long fileId, List<EvidenceRow<Price>> rows) {
        return writer.insertPrices(fileId, rows);
    }
}
