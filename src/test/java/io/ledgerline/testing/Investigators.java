package io.ledgerline.testing;

import io.ledgerline.audit.AuditTrail;
import io.ledgerline.audit.Profile;
import io.ledgerline.store.CaseFile;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Investigator profiles for tests: one folder per person under a test's temp dir. */
public final class Investigators {

    private Investigators() {
    }

    /** {@code name}'s profile in {@code dir/profiles/name}, created on first use. */
    public static Profile profile(Path dir, String name) {
        return Profile.open(dir.resolve("profiles").resolve(name), name);
    }

    /** The trail of {@code caseFile} written as {@code name}, stamped with the fixed time {@code now}. */
    public static AuditTrail trail(CaseFile caseFile, Path dir, String name, Instant now) {
        return AuditTrail.open(caseFile, profile(dir, name), Clock.fixed(now, ZoneOffset.UTC));
    }

    /** The trail of {@code caseFile} written as {@code name}, on the system clock. */
    public static AuditTrail trail(CaseFile caseFile, Path dir, String name) {
        return AuditTrail.open(caseFile, profile(dir, name), Clock.systemUTC());
    }
}
