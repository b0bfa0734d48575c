package io.ledgerline.report.xlsx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SpillBufferTest {

    @Test
    void bytesWithinTheLimitStayInMemory() throws Exception {
        SpillBuffer buffer = new SpillBuffer(16);
        byte[] bytes = "<row r=\"1\"/>".getBytes();
        buffer.write(bytes);
        buffer.close();
        assertTrue(buffer.spillFile().isEmpty());
        try (InputStream in = buffer.input()) {
            assertArrayEquals(bytes, in.readAllBytes());
        }
    }

    @Test
    void bytesPastTheLimitMoveToATemporaryFileWholeAndItIsRemovedAfterwards() throws Exception {
        SpillBuffer buffer = new SpillBuffer(1024);
        byte[] bytes = new byte[5000];
        Arrays.fill(bytes, (byte) 'x');
        bytes[0] = 'a';
        bytes[4999] = 'z';
        buffer.write(bytes, 0, 1000); // within the limit: in memory
        buffer.write(bytes[1000]);
        buffer.write(bytes, 1001, 3999); // past it: what was in memory goes first
        buffer.close();
        Path file = buffer.spillFile().orElseThrow();
        assertTrue(Files.exists(file));
        try (InputStream in = buffer.input()) {
            assertArrayEquals(bytes, in.readAllBytes());
        }
        buffer.deleteQuietly();
        assertFalse(Files.exists(file));
    }
}
