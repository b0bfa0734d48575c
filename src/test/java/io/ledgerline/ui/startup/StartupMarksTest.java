package io.ledgerline.ui.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StartupMarksTest {

    private static final Instant START = Instant.parse("2026-01-01T10:00:00Z");

    @Test
    void printsTheMillisecondsSinceTheProcessStartedWhenAsked() {
        List<String> printed = new ArrayList<>();
        new StartupMarks(START, "print", printed::add).mark("first-frame", START.plusMillis(812));
        assertEquals(List.of("startup first-frame ms=812 epoch-ms=" + START.plusMillis(812).toEpochMilli()), printed);
    }

    @Test
    void printsNothingUnlessAsked() {
        List<String> printed = new ArrayList<>();
        new StartupMarks(START, null, printed::add).mark("first-frame", START.plusMillis(812));
        new StartupMarks(START, "", printed::add).mark("case-shown", START.plusMillis(900));
        assertEquals(List.of(), printed);
    }
}
