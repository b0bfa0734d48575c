package io.ledgerline.workspace;

import io.ledgerline.domain.LedgerlineException;
import io.ledgerline.store.CaseLocation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The cases opened most recently, newest first, kept in the user's settings file: a case file by its path, a server
 * case by its location text (which never holds a password).
 */
public final class RecentCases {

    static final int MAX = 8;
    private static final String KEY = "recent.";

    private final SettingsFile settings;

    public RecentCases(Path settingsFile) {
        this.settings = new SettingsFile(settingsFile);
    }

    /** The case files among the recent cases. */
    public List<Path> list() {
        return locations().stream().filter(l -> l instanceof CaseLocation.File)
                .map(l -> ((CaseLocation.File) l).path()).toList();
    }

    /** Every recent case, files and server cases, newest first. */
    public List<CaseLocation> locations() {
        return locations(settings.load());
    }

    private static List<CaseLocation> locations(Properties p) {
        List<CaseLocation> cases = new ArrayList<>();
        for (int i = 0; i < MAX; i++) {
            String value = p.getProperty(KEY + i);
            if (value == null) {
                continue;
            }
            try {
                cases.add(CaseLocation.parse(value));
            } catch (LedgerlineException | IllegalArgumentException unreadable) {
                // an entry edited by hand into nonsense is left out rather than spoiling the menu
            }
        }
        return cases;
    }

    /** Moves {@code caseFile} to the top, dropping the oldest past {@value #MAX}. */
    public void add(Path caseFile) {
        add(new CaseLocation.File(caseFile));
    }

    /** Moves {@code location} to the top, dropping the oldest past {@value #MAX}. */
    public void add(CaseLocation location) {
        settings.update(p -> {
            List<CaseLocation> cases = new ArrayList<>(locations(p));
            cases.remove(location);
            cases.add(0, location);
            p.stringPropertyNames().stream().filter(k -> k.startsWith(KEY)).forEach(p::remove);
            for (int i = 0; i < Math.min(MAX, cases.size()); i++) {
                p.setProperty(KEY + i, cases.get(i).toString());
            }
        });
    }
}
