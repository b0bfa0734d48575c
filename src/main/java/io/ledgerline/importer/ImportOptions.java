package io.ledgerline.importer;

import io.ledgerline.importer.bundle.ImportLimits;

/**
 * How to import.
 *
 * @param lenient     import the valid rows and quarantine the invalid ones, instead of refusing the bundle
 * @param maxProblems how many problems a refusal lists before it only counts the rest
 */
public record ImportOptions(boolean lenient, int maxProblems, ImportLimits limits) {

    public static final ImportOptions STRICT = new ImportOptions(false, 200, ImportLimits.DEFAULT);
    public static final ImportOptions LENIENT = new ImportOptions(true, 200, ImportLimits.DEFAULT);
}
