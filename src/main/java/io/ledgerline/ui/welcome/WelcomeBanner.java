package io.ledgerline.ui.welcome;

import io.ledgerline.ui.task.TaskRunner;
import io.ledgerline.workspace.FirstRun;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.slf4j.LoggerFactory;

/**
 * The first-run welcome, a band under the menu bar: what Ledgerline is, that the open case is a made-up demo, and how
 * to bring in a real export. Shown once per user (recorded as soon as it is shown), closed with its button. Whether it
 * is due is read from the settings file in the background: the first frame never waits for the disk.
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

    /**
     * Reads off the FX thread whether this user has seen the welcome; if not, records that they now have and hands
     * the banner to {@code show} on the FX thread. Unreadable settings cost the banner, never the start.
     */
    public static void whenDue(TaskRunner tasks, FirstRun firstRun, UserGuideOpener guide, Consumer<Node> show) {
        tasks.runQuietly(progress -> {
            boolean due = firstRun.welcomeDue();
            if (due) {
                firstRun.welcomeShown();
            }
            return due;
        }, due -> {
            if (due) {
                show.accept(banner(guide));
            }
        }, error -> LoggerFactory.getLogger(WelcomeBanner.class).warn("The first-run welcome was left out", error));
    }

    private static Node banner(UserGuideOpener guide) {
        Label text = new Label(TEXT);
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button openGuide = new Button("User guide");
        openGuide.setOnAction(e -> guide.open());
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
