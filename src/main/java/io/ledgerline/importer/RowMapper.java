package io.ledgerline.importer;

import io.ledgerline.domain.ImportProblem;
import io.ledgerline.store.Collision;
import io.ledgerline.store.EvidenceRow;
import io.ledgerline.store.ImportWriter;
import java.util.List;

/** Turns a checked row of one kind of file into its domain record, and writes a batch of them. */
interface RowMapper<T> {

    /** The record, or null when {@code problems} received a cross-field or cross-file problem. */
    T map(CheckedRow row, String fileName, List<ImportProblem> problems, Warnings warnings);

    List<Collision> insert(ImportWriter writer, long fileId, List<EvidenceRow<T>> rows);
}
