package io.ledgerline.workspace;

import io.ledgerline.audit.AuditTrail;
import io.ledgerline.audit.Profile;
import io.ledgerline.domain.LedgerlineException;
import io.ledgerline.domain.Progress;
import io.ledgerline.importer.ImportOptions;
import io.ledgerline.importer.ImportService;
import io.ledgerline.store.CaseFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;

/**
 * The demo case the app opens when no case is given: built once in the user's data folder from the small demo bundle
 * shipped inside the application (resources/demo), through the same importer as any export.
 */
public final class DemoCase {

    /** The bundle's files inside the application, in the classpath folder {@code /demo}. */
    static final List<String> BUNDLE_FILES =
            List.of("manifest.json", "accounts.csv", "events.csv", "legal_requests.csv", "prices.csv");

    private final AppDirs dirs;

    public DemoCase(AppDirs dirs) {
        this.dirs = dirs;
    }

    public Path path() {
        return dirs.cases().resolve("demo" + CaseFile.EXTENSION);
    }

    /** The demo case, created first if absent. Runs off the UI thread; takes a second or two the first time. */
    public Path ensure(Progress progress) {
        Path target = path();
        if (Files.isRegularFile(target)) {
            return target;
        }
        Path bundle = null;
        Path partial = target.resolveSibling("demo.partial" + CaseFile.EXTENSION);
        try {
            bundle = extractBundle();
            Files.createDirectories(target.getParent());
            Files.deleteIfExists(partial);
            try (CaseFile caseFile = CaseFile.create(partial)) {
                AuditTrail trail = AuditTrail.open(caseFile, Profile.open(dirs.profile(), null), Clock.systemUTC());
                new ImportService().importBundle(bundle, trail, ImportOptions.STRICT, progress);
            }
            // Built under another name and moved into place, so a crash never leaves a half-made demo case.
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new LedgerlineException("Cannot create the demo case in " + target.getParent() + ": "
                    + e.getMessage(), e);
        } finally {
            deleteQuietly(bundle);
        }
    }

    private static Path extractBundle() throws IOException {
        Path folder = Files.createTempDirectory("ledgerline-demo");
        for (String name : BUNDLE_FILES) {
            try (InputStream in = DemoCase.class.getResourceAsStream("/demo/" + name)) {
                if (in == null) {
                    throw new LedgerlineException("This installation lacks its demo bundle (" + name
                            + "); reinstall Ledgerline.");
                }
                Files.copy(in, folder.resolve(name));
            }
        }
        return folder;
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (var files = Files.list(folder)) {
            for (Path p : files.toList()) {
                Files.deleteIfExists(p);
            }
            Files.deleteIfExists(folder);
        } catch (IOException ignored) {
            // a temp folder left behind is harmless; the OS cleans it
        }
    }
}
