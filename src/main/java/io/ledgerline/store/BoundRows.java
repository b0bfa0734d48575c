package io.ledgerline.store;

import java.util.List;

/**
 * Rows of one evidence table bound for insertion ({@link EvidenceTable#bind}): each row's values in the sealed column
 * order and its row hash, in source-line order.
 */
public final class BoundRows<T> {

    final EvidenceTable<T> table;
    final long fileId;
    final List<EvidenceRow<T>> rows;
    final List<Object[]> values;
    final List<byte[]> hashes;

    BoundRows(EvidenceTable<T> table, long fileId, List<EvidenceRow<T>> rows, List<Object[]> values,
            List<byte[]> hashes) {
        this.table = table;
        this.fileId = fileId;
        this.rows = rows;
        this.values = values;
        this.hashes = hashes;
    }

    public int size() {
        return rows.size();
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
