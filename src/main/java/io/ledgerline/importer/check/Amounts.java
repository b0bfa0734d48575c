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
        if (isPlainDecimal(text)) {
            return new BigDecimal(text);
        }
        throw new IllegalArgumentException(reason(text));
    }

    /** Digits, optionally a point and 1–18 more digits; checked by hand, as it runs for every amount imported. */
    static boolean isPlainDecimal(String text) {
        int n = text.length();
        int i = 0;
        while (i < n && isDigit(text.charAt(i))) {
            i++;
        }
        if (i == 0) {
            return false;
        }
        if (i == n) {
            return true;
        }
        if (text.charAt(i) != '.') {
            return false;
        }
        int decimals = n - i - 1;
        if (decimals < 1 || decimals > MAX_DECIMALS) {
            return false;
        }
        for (int k = i + 1; k < n; k++) {
            if (!isDigit(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
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
