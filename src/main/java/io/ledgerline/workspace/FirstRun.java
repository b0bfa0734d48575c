package io.ledgerline.workspace;

import java.nio.file.Path;

/** Whether this user has seen the first-run welcome yet: shown once, remembered in the settings file. */
public final class FirstRun {

    static final String WELCOME_SHOWN = "welcome.shown";

    private final SettingsFile settings;

    public FirstRun(Path settingsFile) {
        this.settings = new SettingsFile(settingsFile);
    }

    /** True until {@link #welcomeShown()} has been recorded for this user. */
    public boolean welcomeDue() {
        return !Boolean.parseBoolean(settings.load().getProperty(WELCOME_SHOWN));
    }

    public void welcomeShown() {
        settings.update(p -> p.setProperty(WELCOME_SHOWN, "true"));
    }
}
