package io.ledgerline.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.ledgerline.domain.LedgerlineException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileTest {

    @TempDir
    Path dir;

    @Test
    void isCreatedOnFirstUseAndTheSameKeyAfterwards() {
        Profile first = Profile.open(dir.resolve("alice"), "alice");
        Profile again = Profile.open(dir.resolve("alice"), null);
        assertEquals("alice", again.name());
        assertEquals(first.keyId(), again.keyId());
        assertEquals(first.publicKeyBase64(), again.publicKeyBase64());
        assertNotEquals(first.keyId(), Profile.open(dir.resolve("bob"), "bob").keyId());
    }

    @Test
    void thePrivateKeyIsReadableByItsOwnerOnly() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path key = Profile.open(dir.resolve("alice"), "alice").folder().resolve(Profile.PRIVATE_KEY_FILE);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));
        Profile.open(dir.resolve("alice"), null);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
    }

    @Test
    void refusesAnotherNameForAnExistingProfile() {
        Profile.open(dir.resolve("alice"), "alice");
        assertThrows(LedgerlineException.class, () -> Profile.open(dir.resolve("alice"), "mallory"));
    }

    @Test
    void aCreationCutShortBeforeTheNameIsMadeAfreshNotALockOut() throws Exception {
        Path folder = dir.resolve("alice");
        Profile.open(folder, "alice");
        // as a crash between writing the keys and the name leaves it
        Files.delete(folder.resolve(Profile.NAME_FILE));
        Profile again = Profile.open(folder, "alice");
        assertEquals("alice", again.name());
        assertEquals(again.keyId(), Profile.open(folder, null).keyId(), "and it is a whole profile from now on");
    }
}
