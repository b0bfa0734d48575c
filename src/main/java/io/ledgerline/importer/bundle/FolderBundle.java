package io.ledgerline.importer.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** A case export as a folder on disk; sub-folders are listed too, so nothing in it goes unnoticed. */
final class FolderBundle implements BundleSource {

    private final Path root;

    FolderBundle(Path root) {
        this.root = root;
    }

    @Override
    public String name() {
        return root.getFileName() == null ? root.toString() : root.getFileName().toString();
    }

    @Override
    public List<String> fileNames() {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public boolean contains(String fileName) {
        return Files.isRegularFile(root.resolve(fileName));
    }

    @Override
    public long size(String fileName) throws IOException {
        return Files.size(root.resolve(fileName));
    }

    @Override
    public InputStream open(String fileName) throws IOException {
        return Files.newInputStream(root.resolve(fileName));
    }

    @Override
    public void close() {
        // nothing held open
    }
}
