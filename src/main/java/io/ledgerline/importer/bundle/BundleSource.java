package io.ledgerline.importer.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The files of a case export, whether a folder or a zip of its contents. Names are relative, with '/' separators. */
public interface BundleSource extends AutoCloseable {

    /** A name for the bundle as the user gave it (folder or zip file name). */
    String name();

    List<String> fileNames();

    boolean contains(String fileName);

    /** The file's size in bytes as stored in the bundle (before any gzip of its own is undone). */
    long size(String fileName) throws IOException;

    /** The file's bytes as stored in the bundle (still gzip-compressed for a .gz file). */
    InputStream open(String fileName) throws IOException;

    @Override
    void close() throws IOException;

    /** A folder or a .zip, by what is at {@code path}. */
    static BundleSource open(Path path, ImportLimits limits) throws IOException {
        if (Files.isDirectory(path)) {
            return new FolderBundle(path);
        }
        return ZipBundle.open(path, limits);
    }
}
