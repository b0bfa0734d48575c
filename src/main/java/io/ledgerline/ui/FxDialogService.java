package io.ledgerline.ui;

import io.ledgerline.importer.ImportReport;
import io.ledgerline.importer.ImportReportText;
import io.ledgerline.store.CaseFile;
import io.ledgerline.store.QuarantinedRow;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.text.Font;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Dialogs owned by the main window. */
public final class FxDialogService implements DialogService {

    private final Window owner;

    public FxDialogService(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseCaseToOpen() {
        FileChooser chooser = caseChooser("Open case");
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseCaseToCreate() {
        FileChooser chooser = caseChooser("New case");
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath).map(p ->
                p.toString().endsWith(CaseFile.EXTENSION) ? p : Path.of(p + CaseFile.EXTENSION));
    }

    private static FileChooser caseChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(
                new FileChooser.ExtensionFilter("Ledgerline case", "*" + CaseFile.EXTENSION));
        return chooser;
    }

    @Override
    public Optional<Path> chooseBundleFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Import case export (folder)");
        return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseBundleZip() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import case export (zip)");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Case export", "*.zip"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public void showError(String title, String message, String details) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.setContentText(message);
        if (details != null && !details.isBlank()) {
            alert.getDialogPane().setExpandableContent(detailsBox(details));
            alert.getDialogPane().setExpanded(true);
        }
        alert.showAndWait();
    }

    @Override
    public void showImportReport(ImportReport report) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle("Import report");
        alert.setHeaderText(report.changedNothing() ? "Nothing new: the case is unchanged"
                : String.format("Imported %,d rows (%,d duplicates skipped)", report.rowsImported(),
                        report.duplicates()));
        alert.getDialogPane().setContent(detailsBox(ImportReportText.format(report)));
        alert.setResizable(true);
        alert.showAndWait();
    }

    @Override
    public void showQuarantine(List<QuarantinedRow> rows) {
        TableView<QuarantinedRow> table = new TableView<>(FXCollections.observableArrayList(rows));
        table.setId("quarantine");
        table.getColumns().add(TableColumns.of("File", 130, QuarantinedRow::fileName));
        table.getColumns().add(TableColumns.of("Line", 60, QuarantinedRow::line));
        table.getColumns().add(TableColumns.of("Why", 330, QuarantinedRow::reasons));
        table.getColumns().add(TableColumns.of("Row as sent", 420, QuarantinedRow::raw));
        table.setPlaceholder(new Label("No rows are in quarantine."));
        table.setPrefSize(960, 380);
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle("Quarantined rows");
        alert.setHeaderText(rows.size() + " row" + (rows.size() == 1 ? "" : "s")
                + " set aside by lenient imports, kept verbatim");
        alert.getDialogPane().setContent(table);
        alert.setResizable(true);
        alert.showAndWait();
    }

    @Override
    public void showInformation(String title, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setContent(detailsBox(text));
        alert.setResizable(true);
        alert.showAndWait();
    }

    @Override
    public void showUserGuide(String why, Path page, String text) {
        TextField path = new TextField(page.toString());
        path.setEditable(false);
        path.setId("guide-path");
        HBox.setHgrow(path, Priority.ALWAYS);
        Button copy = new Button("Copy path");
        copy.setId("guide-copy");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(page.toString());
            Clipboard.getSystemClipboard().setContent(content);
        });
        TextArea guide = new TextArea(text);
        guide.setEditable(false);
        guide.setWrapText(true);
        guide.setId("guide-text");
        guide.setPrefSize(820, 480);
        VBox.setVgrow(guide, Priority.ALWAYS);
        Label whyLabel = new Label(why + " The page is saved here; open it in any browser:");
        whyLabel.setWrapText(true);
        VBox box = new VBox(8, whyLabel, new HBox(8, path, copy), guide);
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle("User guide");
        alert.setHeaderText("User guide");
        alert.getDialogPane().setContent(box);
        alert.setResizable(true);
        alert.showAndWait();
    }

    @Override
    public Optional<String> askText(String title, String question) {
        TextInputDialog dialog = new TextInputDialog();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.setContentText(question);
        dialog.getEditor().setPrefColumnCount(40);
        return dialog.showAndWait().map(String::strip).filter(t -> !t.isEmpty());
    }

    @Override
    public Optional<Path> choosePictureToSave(String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save picture");
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG picture", "*.png"));
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath)
                .map(p -> p.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".png") ? p : Path.of(p + ".png"));
    }


    private static TextArea detailsBox(String text) {
        TextArea area = new TextArea(text);
        area.setEditable(false);
        area.setWrapText(false);
        area.setFont(Font.font("Monospaced", 12));
        area.setPrefSize(820, 260);
        return area;
    }
}
