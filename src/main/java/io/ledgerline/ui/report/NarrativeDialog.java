package io.ledgerline.ui.report;

import io.ledgerline.report.Filing;
import io.ledgerline.report.FilingField;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** Picks a filing field, shows its current text and takes the new one with a reason. Thin: no logic but layout. */
final class NarrativeDialog {

    private final Dialog<NarrativeEdit> dialog = new Dialog<>();

    NarrativeDialog(Window owner, Filing current) {
        dialog.initOwner(owner);
        dialog.setTitle("Filing narrative");
        dialog.setHeaderText("Fields the case cannot supply. An empty text clears a field: the workbook then shows "
                + "\"" + FilingField.TO_BE_COMPLETED + "\".");
        ComboBox<FilingField> field = new ComboBox<>(FXCollections.observableArrayList(FilingField.values()));
        field.setId("narrative-field");
        field.setConverter(new StringConverter<>() {
            @Override
            public String toString(FilingField f) {
                return f == null ? "" : f.reference() + " · " + f.label();
            }

            @Override
            public FilingField fromString(String text) {
                return null;
            }
        });
        TextArea text = new TextArea();
        text.setId("narrative-text");
        text.setWrapText(true);
        text.setPrefRowCount(8);
        TextField reason = new TextField();
        reason.setId("narrative-reason");
        reason.setPromptText("Why (optional)");
        Label hint = new Label();
        field.valueProperty().addListener((obs, old, f) -> {
            text.setText(f == null ? "" : current.text(f).orElse(""));
            hint.setText(f == null ? "" : switch (f.kind()) {
                case DATETIME -> "A date and time with offset, e.g. 2024-06-01T09:00:00Z";
                case DECIMAL -> "A plain decimal number, e.g. 12500.50";
                case TEXT -> f == FilingField.ATTACK_CHAIN ? "One step per line" : "";
            });
        });
        field.getSelectionModel().selectFirst();
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(10));
        grid.addRow(0, new Label("Field"), field);
        grid.addRow(1, new Label("Text"), text);
        grid.addRow(2, new Label(""), hint);
        grid.addRow(3, new Label("Reason"), reason);
        GridPane.setHgrow(text, Priority.ALWAYS);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResizable(true);
        dialog.setResultConverter(button -> button == ButtonType.OK && field.getValue() != null
                ? new NarrativeEdit(field.getValue(), text.getText(), reason.getText()) : null);
    }

    Optional<NarrativeEdit> showAndWait() {
        return dialog.showAndWait();
    }
}
