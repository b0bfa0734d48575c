package io.ledgerline.ui.report;

import io.ledgerline.domain.CancelledException;
import io.ledgerline.domain.InputRefusedException;
import io.ledgerline.domain.LedgerlineException;
import io.ledgerline.report.AccountPictures;
import io.ledgerline.report.FilingService;
import io.ledgerline.report.ReportKind;
import io.ledgerline.report.ReportService;
import io.ledgerline.store.CaseFile;
import io.ledgerline.ui.task.TaskRunner;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Reports menu's commands: write the regulator or compensation workbook of the open case, and enter the filing
 * narrative. Every read and write runs through the {@link TaskRunner} (status bar, progress, cancel), never on the FX
 * thread. Holds no nodes. Call from the FX thread.
 */
public final class ReportsViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ReportsViewModel.class);

    private final TaskRunner tasks;
    private final ReportDialogs dialogs;
    private final Supplier<CaseFile> openCase;
    private final ReportService reports;
    private final FilingService filing = new FilingService();
    private final String investigator;
    private final Path logFile;
    private final StringProperty lastResult = new SimpleStringProperty("");

    /**
     * @param openCase     the case open in the window, or null
     * @param investigator who is working (the OS user name in the app)
     * @param logFile      named in the message of an unexpected failure
     */
    public ReportsViewModel(TaskRunner tasks, ReportDialogs dialogs, Supplier<CaseFile> openCase,
            AccountPictures pictures, String investigator, Path logFile) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.openCase = openCase;
        this.reports = new ReportService(java.time.Clock.systemUTC(), pictures);
        this.investigator = investigator;
        this.logFile = logFile;
    }

    /** Asks where to save, then writes the workbook of {@code kind} in the background. */
    public void writeWorkbook(ReportKind kind) {
        CaseFile caseFile = openCase.get();
        if (caseFile == null) {
            dialogs.showError("Reports", "Open a case first.", null);
            return;
        }
        String suggested = caseFile.displayName() + "-" + kind.code() + ".xlsx";
        dialogs.chooseWorkbook(kind, suggested).ifPresent(path -> {
            Path out = path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx") ? path
                    : path.resolveSibling(path.getFileName() + ".xlsx");
            tasks.run("Writing the " + kind.title().toLowerCase(Locale.ROOT) + " workbook",
                    progress -> reports.write(caseFile, kind, out, null, investigator, progress), written -> {
                        lastResult.set(written.kind().title() + " written: " + written.file().getFileName()
                                + " (run #" + written.runId() + ")");
                        dialogs.showWritten(written);
                    }, this::failed);
        });
    }

    /** Reads the filing fields, lets the investigator edit one, and records the edit. */
    public void editNarrative() {
        CaseFile caseFile = openCase.get();
        if (caseFile == null) {
            dialogs.showError("Filing narrative", "Open a case first.", null);
            return;
        }
        tasks.run("Reading the filing fields", progress -> filing.filing(caseFile),
                current -> dialogs.editNarrative(current).ifPresent(edit -> tasks.run("Saving " + edit.field().key(),
                        progress -> filing.enter(caseFile, edit.field(), edit.text(), investigator, edit.reason()),
                        entry -> lastResult.set(edit.field().label() + (entry.cleared() ? " cleared" : " saved")),
                        this::failed)), this::failed);
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
