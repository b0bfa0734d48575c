package io.ledgerline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerline.domain.LedgerlineException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening a page with the desktop's program: a failure or a missing program is reported, never swallowed. */
class DesktopOpenerTest {

    @TempDir
    Path dir;

    private Path fakeXdgOpen(String body) throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path script = bin.resolve("xdg-open");
        Files.writeString(script, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return bin;
    }

    @Test
    void handsThePageToXdgOpenOnLinux() throws Exception {
        Path seen = dir.resolve("seen.txt");
        Path bin = fakeXdgOpen("echo \"$1\" > '" + seen + "'");
        Path page = dir.resolve("user-guide.html");
        new DesktopOpener("Linux", bin.toString(), p -> { throw new AssertionError("not HostServices"); }).open(page);
        assertEquals(page.toUri().toString(), Files.readString(seen).strip());
    }

    @Test
    void saysSoWhenXdgOpenFindsNoBrowser() throws Exception {
        Path bin = fakeXdgOpen("exit 3");
        LedgerlineException e = assertThrows(LedgerlineException.class, () -> new DesktopOpener("Linux",
                bin.toString(), p -> { }).open(dir.resolve("user-guide.html")));
        assertTrue(e.getMessage().contains("no program to show it"), e.getMessage());
    }

    @Test
    void saysSoWhenThereIsNoXdgOpen() {
        LedgerlineException e = assertThrows(LedgerlineException.class, () -> new DesktopOpener("Linux",
                dir.resolve("empty").toString(), p -> { }).open(dir.resolve("user-guide.html")));
        assertTrue(e.getMessage().contains("xdg-open is not installed"), e.getMessage());
    }

    @Test
    void usesHostServicesOnWindowsAndMac() {
        List<Path> opened = new ArrayList<>();
        Path page = dir.resolve("user-guide.html");
        new DesktopOpener("Windows 11", "", opened::add).open(page);
        new DesktopOpener("Mac OS X", "", opened::add).open(page);
        assertEquals(List.of(page, page), opened);
    }
}
