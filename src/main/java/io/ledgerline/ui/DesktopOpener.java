package io.ledgerline.ui;

import io.ledgerline.domain.LedgerlineException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Opens a file or folder with the desktop's own program (browser, file manager) and says so when it cannot.
 * JavaFX's HostServices gives no answer: where no program exists it only prints a stack trace. On Linux and other
 * Unix desktops the opening goes through {@code xdg-open}, whose exit code tells a failure (no browser configured) if
 * it comes within {@link #WAIT_SECONDS}; Windows and macOS always have a program, so there HostServices is used.
 */
public final class DesktopOpener {

    /** How long an opening may take to report failure; a program still running by then is taken as started. */
    static final long WAIT_SECONDS = 3;

    private final boolean xdg;
    private final String searchPath;
    private final Consumer<Path> hostServices;

    /**
     * @param osName       {@code os.name}
     * @param searchPath   the {@code PATH} the program is looked up in
     * @param hostServices the app's HostServices, for Windows and macOS
     */
    public DesktopOpener(String osName, String searchPath, Consumer<Path> hostServices) {
        String os = osName.toLowerCase(Locale.ROOT);
        this.xdg = !os.startsWith("windows") && !os.startsWith("mac");
        this.searchPath = searchPath == null ? "" : searchPath;
        this.hostServices = hostServices;
    }

    /**
     * Opens {@code path}; throws a {@link LedgerlineException} saying why when no program could show it. May wait up
     * to {@value #WAIT_SECONDS} s for the program's answer: call off the FX thread.
     */
    public void open(Path path) {
        if (!xdg) {
            hostServices.accept(path);
            return;
        }
        Path program = find("xdg-open").orElseThrow(() -> new LedgerlineException(
                "No program to open files with was found on this computer (xdg-open is not installed)."));
        Process process;
        try {
            process = new ProcessBuilder(program.toString(), path.toUri().toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new LedgerlineException("The desktop's program to open files could not be started: "
                    + e.getMessage(), e);
        }
        try {
            if (process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS) && process.exitValue() != 0) {
                throw new LedgerlineException("The desktop found no program to show it (xdg-open ended with code "
                        + process.exitValue() + ").");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** {@code name} as an executable file in one of the search path's folders. */
    Optional<Path> find(String name) {
        for (String dir : searchPath.split(File.pathSeparator)) {
            if (dir.isBlank()) {
                continue;
            }
            Path candidate = Path.of(dir, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
