package io.ledgerline.importer.bundle;

import io.ledgerline.domain.InputRefusedException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A case export as a .zip of the folder's contents (or of the folder itself: one top-level folder is looked through).
 * Entries that would land outside the bundle ({@code ..}, absolute paths) refuse the whole zip.
 */
final class ZipBundle implements BundleSource {

    private final String name;
    private final ZipFile zip;
    private final Map<String, ZipEntry> entries;
    private final ImportLimits limits;
    private final DecompressionBudget budget;

    private ZipBundle(String name, ZipFile zip, Map<String, ZipEntry> entries, ImportLimits limits) {
        this.name = name;
        this.zip = zip;
        this.entries = entries;
        this.limits = limits;
        this.budget = new DecompressionBudget(limits.maxDecompressedBytes());
    }

    static ZipBundle open(Path path, ImportLimits limits) throws IOException {
        String name = path.getFileName().toString();
        ZipFile zip;
        try {
            zip = new ZipFile(path.toFile());
        } catch (ZipException e) {
            throw new InputRefusedException(name + ": not a folder or a readable .zip (" + e.getMessage() + ")");
        }
        try {
            List<ZipEntry> files = new ArrayList<>();
            for (ZipEntry entry : Collections.list(zip.entries())) {
                refuseEscapingName(name, entry.getName());
                if (!entry.isDirectory()) {
                    files.add(entry);
                }
            }
            String prefix = commonTopFolder(files);
            Map<String, ZipEntry> byName = new LinkedHashMap<>();
            for (ZipEntry entry : files) {
                String relative = entry.getName().substring(prefix.length());
                if (byName.put(relative, entry) != null) {
                    throw new InputRefusedException(name + ": " + relative + " is in the zip twice");
                }
            }
            return new ZipBundle(name, zip, byName, limits);
        } catch (RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    private static void refuseEscapingName(String zipName, String entryName) {
        String normalized = entryName.replace('\\', '/');
        boolean absolute = normalized.startsWith("/") || normalized.matches("^[A-Za-z]:.*");
        boolean climbs = ("/" + normalized + "/").contains("/../");
        if (absolute || climbs) {
            throw new InputRefusedException(zipName + ": entry \"" + entryName
                    + "\" points outside the bundle (absolute path or \"..\"); the zip is refused");
        }
    }

    /** "folder/" when every file sits under that one folder and no manifest is at the root; otherwise "". */
    private static String commonTopFolder(List<ZipEntry> files) {
        boolean manifestAtRoot = files.stream().anyMatch(e -> e.getName().equals("manifest.json"));
        if (manifestAtRoot || files.isEmpty()) {
            return "";
        }
        String first = files.get(0).getName();
        int slash = first.indexOf('/');
        if (slash < 0) {
            return "";
        }
        String prefix = first.substring(0, slash + 1);
        return files.stream().allMatch(e -> e.getName().startsWith(prefix)) ? prefix : "";
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<String> fileNames() {
        return entries.keySet().stream().sorted().toList();
    }

    @Override
    public boolean contains(String fileName) {
        return entries.containsKey(fileName);
    }

    @Override
    public long size(String fileName) throws IOException {
        ZipEntry entry = entries.get(fileName);
        if (entry == null) {
            throw new IOException(fileName + " is not in " + name);
        }
        return Math.max(0, entry.getSize());
    }

    @Override
    public InputStream open(String fileName) throws IOException {
        ZipEntry entry = entries.get(fileName);
        if (entry == null) {
            throw new IOException(fileName + " is not in " + name);
        }
        return new BoundedInputStream(zip.getInputStream(entry), fileName, budget, entry.getCompressedSize(),
                limits);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
