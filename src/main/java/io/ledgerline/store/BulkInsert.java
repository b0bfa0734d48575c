package io.ledgerline.store;

import java.util.List;

/**
 * An engine's own faster way than JDBC batches to add an import's evidence rows (PostgreSQL's COPY), inside the
 * import's transaction. It must keep the batch insert's meaning ({@code ON CONFLICT DO NOTHING}): a row whose key is
 * already in the table — or earlier in the same rows — is not written, so {@link ImportWriter} finds it as a
 * collision exactly as on the other engine.
 */
interface BulkInsert {

    /**
     * Adds {@code rows} (each the values of {@code table}'s sealed columns, in order) to the table.
     *
     * @return per row, 1 when written, 0 when its key was already there
     */
    int[] insert(SealedColumns table, List<Object[]> rows);
}
