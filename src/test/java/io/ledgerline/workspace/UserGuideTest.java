package io.ledgerline.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerline.domain.LedgerlineException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserGuideTest {

    @TempDir
    Path dir;

    @Test
    void rendersTheShippedGuideTaskByTaskWithEveryPictureItShows() throws Exception {
        Path page = new UserGuide(dir.resolve("guide")).render();
        String html = Files.readString(page, StandardCharsets.UTF_8);
        for (String task : new String[] {"Import", "Investigate", "Decide", "Report", "Verify"}) {
            assertTrue(Pattern.compile("<h2>[^<]*" + task).matcher(html).find(), "a section for " + task);
        }
        Matcher img = Pattern.compile("<img src=\"([^\"]+)\"").matcher(html);
        int pictures = 0;
        while (img.find()) {
            Path picture = page.resolveSibling(img.group(1));
            assertTrue(Files.size(picture) > 1_000, "picture written: " + picture);
            pictures++;
        }
        assertTrue(pictures >= 4, "screenshots shown: " + pictures);
        assertTrue(html.contains("<table>"), "tables rendered");
    }

    @Test
    void refusesPicturesOutsideItsFolder() {
        for (String bad : new String[] {"../secret.png", "/etc/x.png", "file:///x.png"}) {
            var document = Parser.builder().build().parse("![x](" + bad + ")");
            assertThrows(LedgerlineException.class, () -> UserGuide.pictures(document), bad);
        }
        assertEquals(java.util.List.of("images/a.png"),
                UserGuide.pictures(Parser.builder().build().parse("![a](images/a.png)")));
    }
}
