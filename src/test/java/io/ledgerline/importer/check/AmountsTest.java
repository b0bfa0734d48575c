package io.ledgerline.importer.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountsTest {

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.5", "12000.00000001", "0.000000000000000001",
        "123456789012345678901234567890"})
    void readsPlainDecimalsExactly(String text) {
        BigDecimal value = Amounts.parse(text);
        assertEquals(new BigDecimal(text), value);
        assertEquals(text, value.toPlainString(), "stored in the exporter's own digits");
    }

    @org.junit.jupiter.api.Test
    void keepsValueAndScaleOfLeadingZeros() {
        BigDecimal value = Amounts.parse("00012.50");
        assertEquals("12.50", value.toPlainString());
        assertEquals(2, value.scale());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "-1|is negative",
        "+1|has a sign",
        "1e-3|has an exponent",
        "1E5|has an exponent",
        "0.1234567890123456789|more than 18 decimal places",
        "1,5|not a decimal number",
        "1 000|not a decimal number",
        ".5|not a decimal number",
        "5.|not a decimal number",
        "NaN|not a decimal number",
        "0x10|not a decimal number",
    })
    void refusesEverythingElseSayingWhy(String text, String reason) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Amounts.parse(text));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }
}
