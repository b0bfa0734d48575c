package io.ledgerline.cli;

import io.ledgerline.store.CaseLocation;
import java.nio.file.Path;

/** Opens the desktop app; the CLI gets one from Main so that it never depends on the UI package. */
@FunctionalInterface
public interface AppLauncher {

    /**
     * Starts the app and returns when it closes.
     *
     * @param caseLocation the case to open (a file or a server case), or null for the demo case
     * @param bundle   a case export to import into it once open, or null
     * @param lenient  whether that import quarantines invalid rows instead of refusing
     */
    void launch(CaseLocation caseLocation, Path bundle, boolean lenient);
}
