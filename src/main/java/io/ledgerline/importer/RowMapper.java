package io.ledgerline.importer;

import io.ledgerline.domain.ImportProblem;
import io.ledgerline.store.EvidenceTable;
import java.util.List;

/** Turns a checked row of one kind of file into its domain record, stored in {@link #table()}. */
interface RowMapper<T> {

    /** The record, or null when {@code problems} received a cross-field or cross-file problem. */
    T map(CheckedRow row, String fileName, List<ImportProblem> problems, Warnings warnings);

    EvidenceTable<T> table();
}
