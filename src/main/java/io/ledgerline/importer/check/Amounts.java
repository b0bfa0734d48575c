package io.ledgerline.importer.check;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Amounts and prices: unsigned decimal strings with up to 18 decimal places, read exactly. */
public final class Amounts {

    public static final int MAX_DECIMALS = 18;
    private static final Pattern DECIMAL = Pattern.compile("\\d+(\\.\\d{1," + MAX_DECIMALS + "})?");
    private static final Pattern TOO_PRECISE = Pattern.compile("\\d+\\.\\d{" + (MAX_DECIMALS + 1) + ",}");
    private static final Pattern EXPONENT = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)[eE][+-]?\\d+");

    private Amounts() {
    }

    /** The exact value of a valid amount; throws {@link IllegalArgumentException} with the reason. */
    public static BigDecimal parse(String text) {
        if (DECIMAL.matcher(text).matches()) {
            return new BigDecimal(text);
        }
        throw new IllegalArgumentException(reason(text));
    }

    private static String reason(String text) {
        String quoted = "\"" + text + "\"";
        if (text.startsWith("-") && DECIMAL.matcher(text.substring(1)).matches()) {
            return quoted + " is negative: amounts are unsigned";
        }
        if (text.startsWith("+")) {
            return quoted + " has a sign: amounts are unsigned decimals";
        }
        if (EXPONENT.matcher(text).matches()) {
            return quoted + " has an exponent: write it as a plain decimal";
        }
        if (TOO_PRECISE.matcher(text).matches()) {
            return quoted + " has more than " + MAX_DECIMALS + " decimal places";
        }
        if (text.indexOf(',') >= 0 || text.indexOf(' ') >= 0 || text.indexOf('\'') >= 0) {
            return quoted + " is not a decimal number (no thousands separators or decimal commas)";
        }
        return quoted + " is not a decimal number";
    }
}
