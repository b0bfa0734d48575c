package io.ledgerline.ui.welcome;

import io.ledgerline.workspace.FirstRun;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The first-run welcome, a band under the menu bar: what Ledgerline is, that the open case is a made-up demo, and how
 * to bring in a real export. Shown once per user (recorded as soon as it is shown), closed with its button.
 */
public final class WelcomeBanner {

    static final String TEXT = "Welcome to Ledgerline, a workbench for investigating account takeovers at a crypto"
            + " exchange: which accounts were taken over and how, what each lost, how the attackers' accounts link"
            + " up, and the reports for the regulator and for compensation.\n"
            + "The case open now is a made-up demo incident to try things on. For a real incident, create a case"
            + " (Case ▸ New case…) and import the exchange's export into it (Case ▸ Import bundle folder… or zip…,"
            + " or drop the folder or .zip on this window).";

    private WelcomeBanner() {
    }

    /** The banner if this user has not seen it yet (and records that they now have), else empty. */
    public static Optional<Node> forFirstRun(FirstRun firstRun, UserGuideOpener guide) {
        if (!firstRun.welcomeDue()) {
            return Optional.empty();
        }
        firstRun.welcomeShown();
        return Optional.of(banner(guide));
    }

    private static Node banner(UserGuideOpener guide) {
        Label text = new Label(TEXT);
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button openGuide = new Button("User guide");
        openGuide.setOnAction(e -> guide.open());
        openGuide.setDisable(!guide.available());
        Button close = new Button("Close");
        close.setId("welcome-close");
        for (Button b : new Button[] {openGuide, close}) {
            b.setMinWidth(Region.USE_PREF_SIZE); // the text wraps, the buttons keep their words
        }
        HBox box = new HBox(12, text, openGuide, close);
        box.setId("welcome");
        box.getStyleClass().add("welcome");
        box.setAlignment(Pos.CENTER_LEFT);
        close.setOnAction(e -> ((Pane) box.getParent()).getChildren().remove(box));
        return box;
    }
}
