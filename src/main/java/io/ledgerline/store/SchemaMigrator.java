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

    /**
     * @param migrations the engine's migration scripts (one folder per engine, the same version numbers)
     * @param schema the schema that holds a server case; null for a case file
     * @param backup makes a consistent copy of a case file before an upgrade; null on a server, where the upgrade
     *     runs in one transaction (PostgreSQL's DDL is transactional) and backups are the server's
     */
    void migrate(CaseLocation location, DataSource dataSource, String migrations, String schema, Backup backup) {
        var configuration = Flyway.configure().dataSource(dataSource).locations(migrations);
        if (schema != null) {
            configuration = configuration.schemas(schema).defaultSchema(schema).createSchemas(true);
        }
        Flyway flyway = configuration.load();
        String name = label(location);
        try {
            MigrationInfoService info = flyway.info();
            refuseNewerCase(name, info);
            MigrationInfo current = info.current();
            if (current != null && info.pending().length > 0) {
                if (backup != null && location instanceof CaseLocation.File file) {
                    Path copy = file.path().resolveSibling(file.path().getFileName() + ".bak-v"
                            + current.getVersion() + "-" + BACKUP_STAMP.format(clock.instant()));
                    LOG.info("Upgrading {} from schema v{}; backup at {}", name, current.getVersion(), copy);
                    backup.copyTo(copy);
                } else {
                    LOG.info("Upgrading {} from schema v{} in one transaction", name, current.getVersion());
                }
            }
            try {
                flyway.migrate();
            } catch (FlywayException e) {
                if (schema != null && current != null && info.pending().length > 0) {
                    // On a server only the case's owner may change its schema; an investigator's login may not.
                    throw new LedgerlineException("The case " + name + " is at schema v" + current.getVersion()
                            + " and this Ledgerline needs a newer one; the upgrade was refused ("
                            + firstLine(e.getMessage()) + "). Ask the case's owner to open it once with this "
                            + "version, which upgrades it for everyone.", e);
                }
                throw e;
            }
        } catch (FlywayException e) {
            throw new LedgerlineException("Cannot open " + name
                    + ": it is not a Ledgerline case, or it is damaged (" + firstLine(e.getMessage()) + ").", e);
        }
    }

    private static String label(CaseLocation location) {
        return location instanceof CaseLocation.File file ? file.path().getFileName().toString()
                : location.toString();
    }

    private static void refuseNewerCase(String caseFile, MigrationInfoService info) {
        boolean newer = Arrays.stream(info.all()).anyMatch(m -> m.getState() == MigrationState.FUTURE_SUCCESS
                || m.getState() == MigrationState.FUTURE_FAILED);
        if (newer) {
            throw new LedgerlineException("The case " + caseFile + " was written by a newer version of "
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
