package io.ledgerline.workspace;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** The cases opened most recently, newest first, kept in the user's settings file. */
public final class RecentCases {

    static final int MAX = 8;
    private static final String KEY = "recent.";

    private final SettingsFile settings;

    public RecentCases(Path settingsFile) {
        this.settings = new SettingsFile(settingsFile);
    }

    public List<Path> list() {
        return list(settings.load());
    }

    private static List<Path> list(Properties p) {
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
        settings.update(p -> {
            List<Path> cases = new ArrayList<>(list(p));
            cases.remove(absolute);
            cases.add(0, absolute);
            p.stringPropertyNames().stream().filter(k -> k.startsWith(KEY)).forEach(p::remove);
            for (int i = 0; i < Math.min(MAX, cases.size()); i++) {
                p.setProperty(KEY + i, cases.get(i).toString());
            }
        });
    }
}
