package io.ledgerline.ui.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * Takes a recovered amount: account, asset, the whole amount recovered so far, and why. Thin: the service checks the
 * values (account known, amount a plain decimal) and refuses with a message.
 */
final class RecoveredDialog {

    private final Dialog<RecoveredEdit> dialog = new Dialog<>();

    /** @param assetsByAccount the takeovers' accounts and the assets they lost, offered first (both fields editable) */
    RecoveredDialog(Window owner, Map<String, List<String>> assetsByAccount) {
        dialog.initOwner(owner);
        dialog.setTitle("Recovered amount");
        dialog.setHeaderText("Funds recovered for an account");
        Label explain = new Label("Frozen at the destination or returned by another exchange: enter the whole amount "
                + "recovered so far in one asset. It is deducted from the net loss, the recovered units set against the "
                + "earliest withdrawals first; the entry is signed into the audit trail.");
        explain.setWrapText(true);
        explain.setMaxWidth(520);
        ComboBox<String> account = new ComboBox<>(FXCollections.observableArrayList(assetsByAccount.keySet()));
        account.setId("recovered-account");
        account.setEditable(true);
        ComboBox<String> asset = new ComboBox<>();
        asset.setId("recovered-asset");
        asset.setEditable(true);
        account.valueProperty().addListener((obs, old, id) -> {
            asset.getItems().setAll(assetsByAccount.getOrDefault(id, List.of()));
            if (!asset.getItems().isEmpty()) {
                asset.setValue(asset.getItems().get(0));
            }
        });
        TextField amount = new TextField();
        amount.setId("recovered-amount");
        amount.setPromptText("e.g. 0.5");
        TextField reason = new TextField();
        reason.setId("recovered-reason");
        reason.setPromptText("e.g. frozen at the receiving exchange, ticket 4711");
        reason.setPrefColumnCount(36);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(10));
        grid.add(explain, 0, 0, 2, 1);
        grid.addRow(1, new Label("Account"), account);
        grid.addRow(2, new Label("Asset"), asset);
        grid.addRow(3, new Label("Amount recovered"), amount);
        grid.addRow(4, new Label("Reason"), reason);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(
                account.getEditor().textProperty().isEmpty().or(asset.getEditor().textProperty().isEmpty())
                        .or(amount.textProperty().isEmpty()).or(reason.textProperty().isEmpty()));
        dialog.setResultConverter(button -> button == ButtonType.OK ? new RecoveredEdit(
                account.getEditor().getText().strip(), asset.getEditor().getText().strip(), amount.getText().strip(),
                reason.getText().strip()) : null);
    }

    Optional<RecoveredEdit> showAndWait() {
        return dialog.showAndWait();
    }
}
