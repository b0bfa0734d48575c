package io.ledgerline.ui.main;

import io.ledgerline.domain.ToolVersion;
import java.nio.file.Path;

/** What Help ▸ About says: the version, the runtime, where the log is, and the licences of what ships inside. */
final class AboutText {

    private AboutText() {
    }

    static String text(Path logFile) {
        return String.join("\n",
                "Ledgerline " + ToolVersion.get(),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + "), JavaFX "
                        + System.getProperty("javafx.runtime.version", "?"),
                "Log: " + logFile,
                "",
                "Built with open-source libraries, each under its own licence:",
                "  OpenJFX (GPL v2 with Classpath Exception), ControlsFX (BSD 3-Clause),",
                "  SQLite (public domain) via xerial sqlite-jdbc (Apache 2.0), jOOQ Open Source Edition (Apache 2.0),",
                "  Flyway Community (Apache 2.0), PostgreSQL JDBC Driver (BSD 2-Clause), picocli (Apache 2.0),",
                "  Apache Commons CSV, Compress, IO, Lang and",
                "  Codec (Apache 2.0), Apache POI and Log4j API (Apache 2.0), Jackson (Apache 2.0), SLF4J (MIT),",
                "  Logback (EPL 1.0 / LGPL 2.1), commonmark-java (BSD 2-Clause).");
    }

    static String shortcuts() {
        return String.join("\n",
                "F1              User guide",
                "Ctrl+N          New case",
                "Ctrl+O          Open case          Ctrl+Shift+O    Open from server",
                "Ctrl+I          Import bundle folder",
                "Ctrl+Shift+I    Import bundle zip",
                "Drop a folder or .zip on the window to import it into the open case.",
                "",
                "Timeline (View menu; the bare keys once the timeline has focus):",
                "Ctrl+0          Fit all events",
                "Ctrl+W          Zoom to the compromise window",
                "Ctrl+= / +      Zoom in          Ctrl+- / -      Zoom out",
                "Ctrl+Left / Left    Pan earlier  Ctrl+Right / Right   Pan later",
                "Ctrl+Home / Home    First event  Ctrl+End / End       Last event",
                "Wheel           Zoom around the cursor; drag the lanes to pan",
                "Overview        Drag the visible range to move it, its edges to resize it",
                "Click a mark    Select the event (a number: zoom into the events it merges)",
                "Ctrl+Shift+D    Dark theme",
                "Ctrl+Shift+W    What-if",
                "Ctrl+D          Decisions          Ctrl+Shift+A    Audit log",
                "F1              User guide",
                "(Cmd instead of Ctrl on macOS.)");
    }
}
