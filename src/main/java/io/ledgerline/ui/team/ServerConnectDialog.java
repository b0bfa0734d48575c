package io.ledgerline.ui.team;

import io.ledgerline.store.CaseLocation;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/** Open from server…: the connection form in a dialog; gives the chosen server case, or nothing when cancelled. */
public final class ServerConnectDialog {

    private ServerConnectDialog() {
    }

    public static Optional<CaseLocation.Server> ask(Window owner, ServerConnectViewModel model) {
        Dialog<CaseLocation.Server> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Open from server");
        dialog.setHeaderText("Open a case on a PostgreSQL server");
        ButtonType open = new ButtonType("Open", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(open, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(new ServerConnectView(model, () -> {
            if (model.location().isPresent()) {
                ((Button) dialog.getDialogPane().lookupButton(open)).fire();
            }
        }).root());
        dialog.getDialogPane().lookupButton(open).disableProperty().bind(model.locationProperty().isNull());
        dialog.setResultConverter(button -> button == open ? model.location().orElse(null) : null);
        dialog.setResizable(true);
        return dialog.showAndWait();
    }
}
