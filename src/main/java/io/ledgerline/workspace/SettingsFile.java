package io.ledgerline.workspace;

import io.ledgerline.domain.LedgerlineException;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.function.Consumer;

/** The user's settings (a properties file in Ledgerline's folder), read whole and written whole. Small: any thread. */
public final class SettingsFile {

    private final Path file;

    public SettingsFile(Path file) {
        this.file = file;
    }

    /** The settings as they are now; empty when the file does not exist yet. */
    public Properties load() {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(in);
            } catch (IOException e) {
                throw new LedgerlineException("Cannot read settings " + file + ": " + e.getMessage(), e);
            }
        }
        return p;
    }

    /** Loads the settings, applies {@code change} and writes them back. */
    public void update(Consumer<Properties> change) {
        Properties p = load();
        change.accept(p);
        try {
            Files.createDirectories(file.getParent());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                p.store(out, "Ledgerline settings");
            }
        } catch (IOException e) {
            throw new LedgerlineException("Cannot save settings " + file + ": " + e.getMessage(), e);
        }
    }
}
