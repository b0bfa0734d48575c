package io.ledgerline.importer;

import io.ledgerline.importer.check.FieldCheck;

/** A column the contract names for a file: whether it must have a value, and the check its value must pass. */
public record ColumnSpec(String name, boolean required, FieldCheck check) {

    static ColumnSpec required(String name, FieldCheck check) {
        return new ColumnSpec(name, true, check);
    }

    static ColumnSpec optional(String name, FieldCheck check) {
        return new ColumnSpec(name, false, check);
    }
}
