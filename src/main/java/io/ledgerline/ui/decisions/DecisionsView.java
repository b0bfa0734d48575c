package io.ledgerline.ui.decisions;

import io.ledgerline.compensation.CompensationPolicy;
import io.ledgerline.ui.DialogService;
import io.ledgerline.ui.TableColumns;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.util.StringConverter;

/** The Decisions window's layout: policy on top, accounts with their proposals, the actions, a status line. Thin. */
public final class DecisionsView {

    private final DecisionsViewModel model;
    private final DialogService dialogs;
    private final BorderPane root = new BorderPane();

    public DecisionsView(DecisionsViewModel model, DialogService dialogs) {
        this.model = model;
        this.dialogs = dialogs;
        root.setTop(toolbar());
        root.setCenter(table());
        Label status = new Label();
        status.setId("decisions-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        status.setPadding(new Insets(4, 8, 6, 8));
        root.setBottom(status);
    }

    public Parent root() {
        return root;
    }

    private HBox toolbar() {
        ComboBox<CompensationPolicy.Kind> policy = new ComboBox<>();
        policy.getItems().setAll(CompensationPolicy.Kind.values());
        policy.setConverter(new StringConverter<>() {
            @Override
            public String toString(CompensationPolicy.Kind kind) {
                return kind == CompensationPolicy.Kind.USD ? "USD at time of loss" : "in kind";
            }

            @Override
            public CompensationPolicy.Kind fromString(String text) {
                return null;
            }
        });
        policy.valueProperty().bindBidirectional(model.policyProperty());
        TextField cap = new TextField();
        cap.setId("decisions-cap");
        cap.setPromptText("no cap");
        cap.setPrefColumnCount(9);
        cap.textProperty().bindBidirectional(model.capUsdProperty());
        Button refresh = button("Refresh", "decisions-refresh", model::refresh);
        Button propose = ask("Propose…", "decisions-propose", "Propose compensation", "Reason for the proposal:",
                model::propose);
        Button approve = ask("Approve…", "decisions-approve", "Approve proposal",
                "Reason for approving (you must not be its proposer):", model::approve);
        Button giveBack = ask("Return…", "decisions-return", "Return proposal", "Why it goes back:",
                model::returnProposal);
        Button paid = ask("Paid…", "decisions-paid", "Record payment", "Payout reference:", model::paid);
        for (Button b : new Button[] {propose, approve, giveBack, paid}) {
            b.disableProperty().bind(model.selectedProperty().isNull());
        }
        Label who = new Label("Acting as " + model.investigator());
        HBox bar = new HBox(8, new Label("Policy"), policy, new Label("Cap USD"), cap, refresh, propose, approve,
                giveBack, paid, who);
        bar.setPadding(new Insets(6, 8, 6, 8));
        bar.setStyle("-fx-alignment: center-left;");
        return bar;
    }

    private Button ask(String text, String id, String title, String question, Consumer<String> then) {
        return button(text, id, () -> {
            dialogs.askText(title, question).ifPresent(then);
            // the dialog belongs to the main window, which it brings forward; this window stays in front
            if (root.getScene() != null && root.getScene().getWindow() instanceof Stage stage) {
                stage.toFront();
            }
        });
    }

    private Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private TableView<DecisionRow> table() {
        TableView<DecisionRow> table = new TableView<>(model.rows());
        table.setId("decisions-table");
        table.getColumns().add(TableColumns.of("Account", 100, DecisionRow::accountId));
        table.getColumns().add(TableColumns.of("Review", 90, DecisionRow::review));
        table.getColumns().add(TableColumns.of("State", 80, DecisionRow::state));
        table.getColumns().add(TableColumns.of("Proposal", 400, DecisionRow::proposal));
        table.getColumns().add(TableColumns.of("Who did what", 380, DecisionRow::history));
        table.getColumns().add(TableColumns.of("Note", 290, DecisionRow::note));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> model.selectedProperty()
                .set(row));
        model.selectedProperty().addListener((obs, old, row) -> {
            if (row != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(row);
            }
        });
        table.setPlaceholder(new Label("No suspected or confirmed takeovers in this case."));
        return table;
    }
}
