package io.ledgerline.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** USD for display: rounded half-even to cents, once, from an exact value (case-format.md, "Money and rounding"). */
public final class Usd {

    public static final int CENTS = 2;
    public static final RoundingMode ROUNDING = RoundingMode.HALF_EVEN;

    private Usd() {
    }

    /** {@code exact} rounded to cents, or null for null (an unvalued figure stays unvalued). */
    public static BigDecimal round(BigDecimal exact) {
        return exact == null ? null : exact.setScale(CENTS, ROUNDING);
    }
}
