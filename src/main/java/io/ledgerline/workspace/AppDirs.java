package io.ledgerline.workspace;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Ledgerline keeps its own files, by each platform's convention: Windows {@code %APPDATA%\Ledgerline}, macOS
 * {@code ~/Library/Application Support/Ledgerline}, elsewhere {@code $XDG_DATA_HOME/ledgerline} (default
 * {@code ~/.local/share/ledgerline}). The system property {@code ledgerline.home} overrides it (tests, portable use).
 */
public final class AppDirs {

    private final Path root;

    public AppDirs(Path root) {
        this.root = root;
    }

    public static AppDirs forCurrentUser() {
        return new AppDirs(resolve(System.getProperty("ledgerline.home"), System.getProperty("os.name", ""),
                System.getProperty("user.home"), System.getenv()));
    }

    static Path resolve(String override, String osName, String userHome, Map<String, String> env) {
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            return appData != null ? Path.of(appData, "Ledgerline") : Path.of(userHome, "AppData", "Roaming",
                    "Ledgerline");
        }
        if (os.startsWith("mac")) {
            return Path.of(userHome, "Library", "Application Support", "Ledgerline");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "ledgerline") : Path.of(userHome, ".local", "share",
                "ledgerline");
    }

    public Path root() {
        return root;
    }

    /** Default folder for case files the user creates without choosing another. */
    public Path cases() {
        return root.resolve("cases");
    }

    public Path logs() {
        return root.resolve("logs");
    }

    public Path logFile() {
        return logs().resolve("ledgerline.log");
    }

    /** The investigator's profile: name and Ed25519 key pair (audit.Profile), created on first use. */
    public Path profile() {
        return root.resolve("profile");
    }

    /** The user guide as last rendered for the browser (rewritten on each opening). */
    public Path guide() {
        return root.resolve("guide");
    }

    public Path settings() {
        return root.resolve("settings.properties");
    }
}
