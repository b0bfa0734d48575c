package io.ledgerline.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/** The USD price of one unit of {@code asset} at {@code at}. */
public record Price(String asset, Instant at, String atText, BigDecimal usd, Map<String, String> extra,
        long sourceLine) {
}
