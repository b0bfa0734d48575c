package io.ledgerline.demo;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Where bundle files go: a folder, or the root of one zip file. Files are written one at a time, each stream closed
 * before the next is opened. {@link #discard} removes whatever a failed run left behind.
 */
interface BundleTarget extends Closeable {

    OutputStream create(String fileName) throws IOException;

    void discard();

    static BundleTarget of(Path path, boolean zip) throws IOException {
        return zip ? ZipTarget.create(path) : FolderTarget.create(path);
    }
}
