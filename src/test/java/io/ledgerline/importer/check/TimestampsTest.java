package io.ledgerline.importer.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampsTest {

    @ParameterizedTest
    @CsvSource({
        "2024-05-30T21:14:03.250+08:00, 2024-05-30T13:14:03.250Z",
        "2024-05-30T13:14:03Z, 2024-05-30T13:14:03Z",
        "2024-05-30t13:14:03z, 2024-05-30T13:14:03Z",
        "2024-02-29T23:59:59.999999999-00:30, 2024-03-01T00:29:59.999999999Z",
        "1970-01-01T00:00:00+14:00, 1969-12-31T10:00:00Z",
        "2024-07-24T10:57:02.877297Z, 2024-07-24T10:57:02.877297Z",
    })
    void readsRfc3339WithOffsetAsUtcInstant(String text, String utc) {
        assertEquals(Instant.parse(utc), Timestamps.parse(text));
        assertEquals(OffsetDateTime.parse(text.toUpperCase()).toInstant(), Timestamps.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-05-30T21:14:03", "2024-05-30 21:14:03", "2024-05-30T21:14:03.250", "2024-05-30T21:14"})
    void refusesATimestampWithoutOffset(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Timestamps.parse(text));
        assertTrue(e.getMessage().contains("has no offset"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-02-30T00:00:00Z", "2023-02-29T00:00:00Z", "2024-13-01T00:00:00Z",
        "2024-05-30T24:00:00Z", "2024-05-30T23:60:00Z", "2024-05-30T23:59:60Z", "2024-05-30T23:59:59.Z",
        "2024-05-30T23:59:59.1234567890Z", "2024-05-30T23:59:59+0800", "2024-05-30T23:59:59+19:00",
        "30/05/2024 23:59", "1717000000", ""})
    void refusesWhatIsNotAValidRfc3339Instant(String text) {
        assertThrows(IllegalArgumentException.class, () -> Timestamps.parse(text));
    }
}
