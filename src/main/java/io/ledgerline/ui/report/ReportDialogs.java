package io.ledgerline.ui.report;

import io.ledgerline.report.Filing;
import io.ledgerline.report.GeneratedReport;
import io.ledgerline.report.ReportKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The dialogs of the Reports menu, so its view model can be tested with a fake. Called on the FX thread. */
public interface ReportDialogs {

    /** Where to save the workbook; {@code suggestedName} is offered. */
    Optional<Path> chooseWorkbook(ReportKind kind, String suggestedName);

    /** The workbook is written: where, its SHA-256, the run it used. */
    void showWritten(GeneratedReport report);

    /** Lets the investigator pick a filing field and enter its text; empty when cancelled. */
    Optional<NarrativeEdit> editNarrative(Filing current);

    /**
     * Takes a recovered amount; empty when cancelled.
     *
     * @param assetsByAccount the takeovers' accounts and the assets they lost, to offer
     */
    Optional<RecoveredEdit> enterRecovered(Map<String, List<String>> assetsByAccount);

    /** A short failure message; {@code details} (the log location) may be null. */
    void showError(String title, String message, String details);
}
