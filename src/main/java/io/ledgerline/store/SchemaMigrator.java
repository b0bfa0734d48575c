package io.ledgerline.store;

import io.ledgerline.domain.LedgerlineException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a case's schema to this version's: creates it in a new case, refuses a case from a newer Ledgerline, and
 * migrates an older case only after a backup copy of it has been made.
 */
final class SchemaMigrator {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrator.class);
    private static final DateTimeFormatter BACKUP_STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Clock clock;

    SchemaMigrator(Clock clock) {
        this.clock = clock;
    }

    /** @param backup makes a consistent copy of the case at the given path before an upgrade */
    void migrate(Path caseFile, DataSource dataSource, Backup backup) {
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load();
        try {
            MigrationInfoService info = flyway.info();
            refuseNewerCase(caseFile, info);
            MigrationInfo current = info.current();
            if (current != null && info.pending().length > 0) {
                Path copy = caseFile.resolveSibling(caseFile.getFileName() + ".bak-v" + current.getVersion()
                        + "-" + BACKUP_STAMP.format(clock.instant()));
                LOG.info("Upgrading {} from schema v{}; backup at {}", caseFile, current.getVersion(), copy);
                backup.copyTo(copy);
            }
            flyway.migrate();
        } catch (FlywayException e) {
            throw new LedgerlineException("Cannot open " + caseFile.getFileName()
                    + ": it is not a Ledgerline case, or it is damaged (" + firstLine(e.getMessage()) + ").", e);
        }
    }

    private static void refuseNewerCase(Path caseFile, MigrationInfoService info) {
        boolean newer = Arrays.stream(info.all()).anyMatch(m -> m.getState() == MigrationState.FUTURE_SUCCESS
                || m.getState() == MigrationState.FUTURE_FAILED);
        if (newer) {
            throw new LedgerlineException("The case " + caseFile.getFileName() + " was written by a newer version of "
                    + "Ledgerline (schema v" + info.current().getVersion() + "). Install that version to open it; "
                    + "this one leaves the case untouched.");
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no detail";
        }
        String trimmed = message.strip();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline).strip();
    }

    @FunctionalInterface
    interface Backup {
        void copyTo(Path target);
    }
}
