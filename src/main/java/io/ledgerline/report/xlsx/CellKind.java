package io.ledgerline.report.xlsx;

/**
 * How a column's values are written and formatted. Money and amounts are numbers with a fixed format (crypto shows at
 * least 8 decimals, USD exactly 2, an exact USD column every decimal it has); times are real Excel date-times in UTC.
 */
public enum CellKind {
    /** Case data or our own words: always a string cell, never a formula. */
    TEXT,
    /** Long text (narrative, notes), wrapped in its column. */
    WRAP_TEXT,
    INTEGER,
    /** Units of a crypto-asset: 8 to 18 decimals shown. */
    CRYPTO,
    /** USD rounded to cents (the figure presented). */
    USD,
    /** Exact USD, every decimal shown: the values a live SUM cross-checks. */
    USD_EXACT,
    /** A USD price per unit: 2 to 10 decimals shown. */
    PRICE,
    /** Date and time to the second, UTC. */
    DATETIME,
    /** An event's time to the millisecond, UTC. */
    EVENT_TIME,
    PERCENT
}
