package io.ledgerline.ui.report;

import io.ledgerline.report.Filing;
import io.ledgerline.report.GeneratedReport;
import io.ledgerline.report.ReportKind;
import io.ledgerline.ui.DialogService;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The Reports menu's dialogs, owned by the main window; errors and messages go through the app's dialogs. */
public final class FxReportDialogs implements ReportDialogs {

    private final Supplier<Window> owner;
    private final DialogService dialogs;

    public FxReportDialogs(Supplier<Window> owner, DialogService dialogs) {
        this.owner = owner;
        this.dialogs = dialogs;
    }

    @Override
    public Optional<Path> chooseWorkbook(ReportKind kind, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the " + kind.title().toLowerCase(java.util.Locale.ROOT) + " workbook");
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel workbook", "*.xlsx"));
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath);
    }

    @Override
    public void showWritten(GeneratedReport r) {
        dialogs.showInformation(r.kind().title() + " written", r.file() + "\n\nSHA-256 " + r.sha256()
                + "\n(also in " + r.sha256File().getFileName() + ", and recorded in the case as report #"
                + r.recordId() + ")\n\nAnalysis run #" + r.runId() + ", generated " + r.generatedAt() + " UTC.");
    }

    @Override
    public Optional<NarrativeEdit> editNarrative(Filing current) {
        return new NarrativeDialog(owner.get(), current).showAndWait();
    }

    @Override
    public Optional<RecoveredEdit> enterRecovered(Map<String, List<String>> assetsByAccount) {
        return new RecoveredDialog(owner.get(), assetsByAccount).showAndWait();
    }

    @Override
    public void showError(String title, String message, String details) {
        dialogs.showError(title, message, details);
    }
}
