package io.ledgerline.workspace;

import io.ledgerline.domain.LedgerlineException;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** The cases opened most recently, newest first, kept in the user's settings file. */
public final class RecentCases {

    static final int MAX = 8;
    private static final String KEY = "recent.";

    private final Path settingsFile;

    public RecentCases(Path settingsFile) {
        this.settingsFile = settingsFile;
    }

    public List<Path> list() {
        Properties p = load();
        List<Path> cases = new ArrayList<>();
        for (int i = 0; i < MAX; i++) {
            String value = p.getProperty(KEY + i);
            if (value != null) {
                cases.add(Path.of(value));
            }
        }
        return cases;
    }

    /** Moves {@code caseFile} to the top, dropping the oldest past {@value #MAX}. */
    public void add(Path caseFile) {
        Path absolute = caseFile.toAbsolutePath().normalize();
        List<Path> cases = new ArrayList<>(list());
        cases.remove(absolute);
        cases.add(0, absolute);
        Properties p = load();
        p.stringPropertyNames().stream().filter(k -> k.startsWith(KEY)).forEach(p::remove);
        for (int i = 0; i < Math.min(MAX, cases.size()); i++) {
            p.setProperty(KEY + i, cases.get(i).toString());
        }
        save(p);
    }

    private Properties load() {
        Properties p = new Properties();
        if (Files.isRegularFile(settingsFile)) {
            try (Reader in = Files.newBufferedReader(settingsFile, StandardCharsets.UTF_8)) {
                p.load(in);
            } catch (IOException e) {
                throw new LedgerlineException("Cannot read settings " + settingsFile + ": " + e.getMessage(), e);
            }
        }
        return p;
    }

    private void save(Properties p) {
        try {
            Files.createDirectories(settingsFile.getParent());
            try (Writer out = Files.newBufferedWriter(settingsFile, StandardCharsets.UTF_8)) {
                p.store(out, "Ledgerline settings");
            }
        } catch (IOException e) {
            throw new LedgerlineException("Cannot save settings " + settingsFile + ": " + e.getMessage(), e);
        }
    }
}
