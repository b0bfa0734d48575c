package io.ledgerline.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AccountMaskTest {

    @ParameterizedTest
    @CsvSource({"ACC-100060, ACC-***060", "ACC-2, A***2", "AB, AB", "ACC-1234567890, ACC-*******890"})
    void keepsTheEndsAndHidesTheMiddle(String id, String masked) {
        assertEquals(masked, AccountMask.of(List.of(id)).of(id));
    }

    @Test
    void showsMoreOfTheEndWhereTwoIdsWouldMaskAlike() {
        AccountMask mask = AccountMask.of(List.of("ACC-100060", "ACC-110060", "ACC-100061"));
        assertEquals("ACC-*00060", mask.of("ACC-100060"));
        assertEquals("ACC-*10060", mask.of("ACC-110060"));
        assertEquals("ACC-*00061", mask.of("ACC-100061"));
    }

    @Test
    void showsIdsWholeRatherThanAmbiguously() {
        AccountMask mask = AccountMask.of(List.of("AB-12", "AX-12"));
        assertEquals("AB-12", mask.of("AB-12"));
        assertEquals("AX-12", mask.of("AX-12"));
    }
}
