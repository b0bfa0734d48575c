package io.ledgerline.ui.main;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerline.domain.ToolVersion;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class AboutTextTest {

    @Test
    void namesTheVersionTheLogAndTheLicencesOfWhatShipsInside() {
        String text = AboutText.text(Path.of("/home/inv/.local/share/ledgerline/logs/ledgerline.log"));
        assertTrue(text.startsWith("Ledgerline " + ToolVersion.get()), text);
        assertTrue(text.contains("Log: /home/inv/.local/share/ledgerline/logs/ledgerline.log"), text);
        for (String library : new String[] {"OpenJFX", "ControlsFX", "sqlite-jdbc", "jOOQ", "Flyway", "picocli",
            "Jackson", "Logback"}) {
            assertTrue(text.contains(library), library);
        }
    }
}
