package io.ledgerline.ui;

import javafx.beans.value.ObservableValue;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/** A window of its own over the main one (What-if, Decisions, Audit log), styled like it, closed with its case. */
public final class ChildWindow {

    private ChildWindow() {
    }

    /** Shows {@code root} in a new window over {@code owner}; it closes when {@code closeOnChange} changes. */
    public static Stage show(Window owner, String title, Parent root, double width, double height,
            ObservableValue<?> closeOnChange) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(title);
        Scene scene = new Scene(root, width, height);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        closeOnChange.addListener((obs, old, now) -> stage.close());
        stage.show();
        return stage;
    }
}
