package io.ledgerline.cli;

import java.nio.file.Path;

/** Opens the desktop app; the CLI gets one from Main so that it never depends on the UI package. */
@FunctionalInterface
public interface AppLauncher {

    /** Starts the app on {@code caseFile}, or on the demo case when it is null; returns when the app closes. */
    void launch(Path caseFile);
}
