package io.ledgerline.ui.report;

import io.ledgerline.analysis.ReviewedResult;
import io.ledgerline.audit.AuditTrail;
import io.ledgerline.compensation.RecoveredService;
import io.ledgerline.domain.CancelledException;
import io.ledgerline.domain.InputRefusedException;
import io.ledgerline.domain.LedgerlineException;
import io.ledgerline.report.AccountPictures;
import io.ledgerline.report.FilingService;
import io.ledgerline.report.ReportKind;
import io.ledgerline.report.ReportService;
import io.ledgerline.ui.task.TaskRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Reports menu's commands: write the regulator or compensation workbook of the open case, and enter the filing
 * narrative, both through the case's audit trail (as this user's profile). Every read and write runs through the {@link TaskRunner} (status bar, progress, cancel), never on the FX
 * thread. Holds no nodes. Call from the FX thread.
 */
public final class ReportsViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ReportsViewModel.class);

    private final TaskRunner tasks;
    private final ReportDialogs dialogs;
    private final Supplier<AuditTrail> trail;
    private final Supplier<ReviewedResult> reviewed;
    private final ReportService reports;
    private final FilingService filing = new FilingService();
    private final Path logFile;
    private final StringProperty lastResult = new SimpleStringProperty("");

    /**
     * @param trail   the audit trail of the case open in the window, or null while none is open
     * @param logFile named in the message of an unexpected failure
     */
    /** @param reviewed the open case's analysis with the review applied, as the main window holds it (or null) */
    public ReportsViewModel(TaskRunner tasks, ReportDialogs dialogs, Supplier<AuditTrail> trail,
            Supplier<ReviewedResult> reviewed, AccountPictures pictures, Path logFile) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.trail = trail;
        this.reviewed = reviewed;
        this.reports = new ReportService(java.time.Clock.systemUTC(), pictures);
        this.logFile = logFile;
    }

    /** Asks where to save, then writes the workbook of {@code kind} in the background. */
    public void writeWorkbook(ReportKind kind) {
        AuditTrail audit = trail.get();
        if (audit == null) {
            dialogs.showError("Reports", "Open a case first.", null);
            return;
        }
        String suggested = audit.caseFile().displayName() + "-" + kind.code() + ".xlsx";
        dialogs.chooseWorkbook(kind, suggested).ifPresent(path -> {
            Path out = path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx") ? path
                    : path.resolveSibling(path.getFileName() + ".xlsx");
            tasks.run("Writing the " + kind.title().toLowerCase(Locale.ROOT) + " workbook",
                    progress -> reports.write(audit, kind, out, null, progress), written -> {
                        lastResult.set(written.kind().title() + " written: " + written.file().getFileName()
                                + " (run #" + written.runId() + ")");
                        dialogs.showWritten(written);
                    }, this::failed);
        });
    }

    /** Reads the filing fields, lets the investigator edit one, and records the edit. */
    public void editNarrative() {
        AuditTrail audit = trail.get();
        if (audit == null) {
            dialogs.showError("Filing narrative", "Open a case first.", null);
            return;
        }
        tasks.run("Reading the filing fields", progress -> filing.filing(audit.caseFile()),
                current -> dialogs.editNarrative(current).ifPresent(edit -> tasks.run("Saving " + edit.field().key(),
                        progress -> filing.enter(audit, edit.field(), edit.text(), edit.reason()),
                        entry -> lastResult.set(edit.field().label() + (entry.cleared() ? " cleared" : " saved")),
                        this::failed)), this::failed);
    }

    /**
     * Offers the takeovers of the open case's analysis (the one the main window shows, not a run of its own) with the
     * assets they lost, then records the amount entered through the open case's trail.
     */
    public void enterRecovered() {
        AuditTrail audit = trail.get();
        if (audit == null) {
            dialogs.showError("Recovered amount", "Open a case first.", null);
            return;
        }
        dialogs.enterRecovered(lostAssets(reviewed.get())).ifPresent(edit -> tasks.run("Saving the recovered amount",
                progress -> new RecoveredService().record(audit, edit.accountId(), edit.asset(), edit.amount(),
                        edit.reason()),
                entry -> lastResult.set("Recovered " + entry.amount().toPlainString() + " " + entry.asset() + " for "
                        + entry.accountId() + " saved"),
                this::failed));
    }

    /** The reviewed takeovers and the assets each lost, by account id; none before a case is analysed. */
    private static Map<String, List<String>> lostAssets(ReviewedResult reviewed) {
        Map<String, List<String>> assets = new TreeMap<>();
        if (reviewed != null) {
            reviewed.accounts().forEach(a -> assets.put(a.accountId(),
                    List.copyOf(new TreeSet<>(a.loss().byAsset().keySet()))));
        }
        return assets;
    }

    /** What the last command did, for the status line and tests. */
    public ReadOnlyStringProperty lastResultProperty() {
        return lastResult;
    }

    private void failed(Throwable error) {
        if (error instanceof CancelledException) {
            lastResult.set(error.getMessage());
        } else if (error instanceof InputRefusedException refused) {
            LOG.info("Refused: {}", refused.getMessage());
            dialogs.showError("Reports", refused.getMessage(), null);
        } else if (error instanceof LedgerlineException known) {
            LOG.warn("{}", known.getMessage(), known);
            dialogs.showError("Reports", known.getMessage(), null);
        } else {
            LOG.error("Unexpected failure of a report", error);
            dialogs.showError("Reports", "The report could not be written (" + error.getClass().getSimpleName()
                    + "). The case is unchanged.", "Details are in the log: " + logFile);
        }
    }
}
