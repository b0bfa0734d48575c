package io.ledgerline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void aSingleCaseFileOpensTheApp() {
        assertTrue(Main.opensACase(new String[] {"/home/inv/INC-2024-0612.ledgerline"}));
        assertTrue(Main.opensACase(new String[] {"C:\\\\Cases\\\\A.LEDGERLINE"}));
    }

    @Test
    void aSingleServerCaseOpensTheApp() {
        assertTrue(Main.opensACase(new String[] {"postgresql://bob@db.example.org/cases?case=INC-2024-0612"}));
    }

    @Test
    void commandsGoToTheCli() {
        assertFalse(Main.opensACase(new String[] {"info", "a.ledgerline"}));
        assertFalse(Main.opensACase(new String[] {"--help"}));
        assertFalse(Main.opensACase(new String[] {"export.zip"}));
    }
}
