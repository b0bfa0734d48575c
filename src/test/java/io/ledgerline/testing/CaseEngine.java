package io.ledgerline.testing;

import io.ledgerline.store.CaseFile;
import io.ledgerline.store.CaseLocation;
import io.ledgerline.store.PasswordPrompt;
import java.nio.file.Path;

/** The two engines a case runs on; store tests take one as their parameter ({@link OnBothEngines}). */
public enum CaseEngine {

    SQLITE {
        @Override
        public CaseLocation newLocation(Path dir) {
            return new CaseLocation.File(dir.resolve("c" + CaseFile.EXTENSION));
        }
    },
    POSTGRESQL {
        @Override
        public CaseLocation newLocation(Path dir) {
            return TestServer.newCase();
        }
    };

    /** Where a new, empty case can be made: a file in {@code dir}, or a fresh schema on the test server. */
    public abstract CaseLocation newLocation(Path dir);

    /** A new, empty case. */
    public CaseFile create(Path dir) {
        return CaseFile.create(newLocation(dir), PasswordPrompt.NONE);
    }

    /** Opens the case at {@code location} again. */
    public static CaseFile open(CaseLocation location) {
        return CaseFile.open(location, PasswordPrompt.NONE);
    }
}
