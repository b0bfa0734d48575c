package io.ledgerline.cli;

import io.ledgerline.audit.AuditTrail;
import io.ledgerline.audit.Profile;
import io.ledgerline.store.CaseFile;
import io.ledgerline.workspace.AppDirs;
import java.nio.file.Path;
import java.time.Clock;
import picocli.CommandLine.Option;

/** Who is acting: the investigator profile (name and key pair) of the commands that change a case. */
final class ProfileOptions {

    @Option(names = "--profile", paramLabel = "DIR",
            description = "Investigator profile folder (name and Ed25519 key pair, created on first use); "
                    + "default: 'profile' in Ledgerline's own folder.")
    Path folder;

    @Option(names = "--investigator", paramLabel = "NAME",
            description = "Your name, for a profile created now (default: the OS user name); must match an "
                    + "existing profile's.")
    String name;

    /** The case's audit trail written as this profile, its key registered in the case if new there. */
    AuditTrail trail(CaseFile caseFile) {
        Path profile = folder != null ? folder : AppDirs.forCurrentUser().profile();
        return AuditTrail.open(caseFile, Profile.open(profile, name), Clock.systemUTC());
    }
}
