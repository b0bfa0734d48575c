package io.ledgerline.demo;

import io.ledgerline.domain.LedgerlineException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A bundle folder. Refuses a folder that already holds anything: a demo never mixes with someone's files. */
final class FolderTarget implements BundleTarget {

    private static final Logger LOG = LoggerFactory.getLogger(FolderTarget.class);

    private final Path folder;
    private final boolean createdFolder;
    private final List<Path> written = new ArrayList<>();

    private FolderTarget(Path folder, boolean createdFolder) {
        this.folder = folder;
        this.createdFolder = createdFolder;
    }

    static FolderTarget create(Path folder) throws IOException {
        if (Files.exists(folder)) {
            if (!Files.isDirectory(folder)) {
                throw new LedgerlineException(folder + " is a file, not a folder: choose an empty or new folder.");
            }
            try (Stream<Path> entries = Files.list(folder)) {
                if (entries.findAny().isPresent()) {
                    throw new LedgerlineException(folder + " is not empty: choose an empty or new folder for the "
                            + "demo case.");
                }
            }
            return new FolderTarget(folder, false);
        }
        Files.createDirectories(folder);
        return new FolderTarget(folder, true);
    }

    @Override
    public OutputStream create(String fileName) throws IOException {
        Path file = folder.resolve(fileName);
        OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        written.add(file);
        return new BufferedOutputStream(out, 1 << 16);
    }

    @Override
    public void discard() {
        try {
            for (Path file : written) {
                Files.deleteIfExists(file);
            }
            if (createdFolder) {
                Files.deleteIfExists(folder);
            }
        } catch (IOException e) {
            LOG.warn("Could not remove the partial demo bundle in {}", folder, e);
        }
    }

    @Override
    public void close() {
        // each file is closed by its writer
    }
}
