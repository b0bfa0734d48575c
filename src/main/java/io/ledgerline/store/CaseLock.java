package io.ledgerline.store;

import io.ledgerline.domain.LedgerlineException;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Keeps one Ledgerline process at a time on a case. An operating-system lock on {@code CASE.lock} is released by the
 * OS even if the process dies, so a crash never leaves a case locked for good; the file's text names the holder.
 */
final class CaseLock implements AutoCloseable {

    private final Path lockFile;
    private final FileChannel channel;
    private final FileLock lock;

    private CaseLock(Path lockFile, FileChannel channel, FileLock lock) {
        this.lockFile = lockFile;
        this.channel = channel;
        this.lock = lock;
    }

    static Path lockFileOf(Path caseFile) {
        return caseFile.resolveSibling(caseFile.getFileName() + ".lock");
    }

    static CaseLock acquire(Path caseFile) {
        Path lockFile = lockFileOf(caseFile);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.READ);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                String holder = readHolder(lockFile);
                channel.close();
                throw new LedgerlineException("The case " + caseFile.getFileName()
                        + " is open in another Ledgerline window" + (holder.isEmpty() ? "" : " (" + holder + ")")
                        + ". Close it there, then try again.");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(holderText().getBytes(StandardCharsets.UTF_8)));
            channel.force(false);
            return new CaseLock(lockFile, channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new LedgerlineException("Cannot lock the case " + caseFile.getFileName() + " for use: "
                    + e.getMessage() + ". Check that its folder is writable.", e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException alreadyHeldByThisProcess) {
            return null;
        }
    }

    private static String holderText() {
        // RuntimeMXBean's name is "pid@host" on every JVM we ship.
        return "process " + ManagementFactory.getRuntimeMXBean().getName();
    }

    private static String readHolder(Path lockFile) {
        try {
            return Files.readString(lockFile, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            return "";
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignoredAfterEarlierFailure) {
                // the earlier failure is the one reported
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
            Files.deleteIfExists(lockFile);
        } catch (IOException e) {
            throw new LedgerlineException("Could not release the lock " + lockFile + ": " + e.getMessage(), e);
        }
    }
}
