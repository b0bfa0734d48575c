package io.ledgerline.importer;

import io.ledgerline.domain.Progress;

/**
 * Turns rows and bytes into at most ten progress updates a second (a per-row update would cost more than the row),
 * with rows per second in the message, and checks for cancellation between rows.
 */
final class ImportProgress {

    private static final long PUBLISH_EVERY_NANOS = 100_000_000L;

    private final Progress progress;
    private final long totalBytes;
    private final long started = System.nanoTime();
    private long bytesOfEarlierFiles;
    private HashingInputStream current;
    private String currentName = "";
    private long rows;
    private long lastPublish;

    ImportProgress(Progress progress, long totalBytes) {
        this.progress = progress;
        this.totalBytes = totalBytes;
    }

    void startFile(String name, HashingInputStream stream) {
        if (current != null) {
            bytesOfEarlierFiles += current.bytes();
        }
        current = stream;
        currentName = name;
        publish();
    }

    void row() {
        rows++;
        if ((rows & 1023) == 0) {
            progress.checkCancelled();
            long now = System.nanoTime();
            if (now - lastPublish >= PUBLISH_EVERY_NANOS) {
                lastPublish = now;
                publish();
            }
        }
    }

    private void publish() {
        double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
        long done = bytesOfEarlierFiles + (current == null ? 0 : current.bytes());
        progress.update(done, totalBytes, String.format("%s: %,d rows (%,.0f rows/s)", currentName, rows,
                rows / seconds));
    }
}
