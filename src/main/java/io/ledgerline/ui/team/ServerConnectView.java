package io.ledgerline.ui.team;

import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The Open from server… form: connection fields, the resulting location, the server's cases. Thin. */
public final class ServerConnectView {

    private final VBox root;

    /** @param choose called when a listed case is double-clicked (open it at once) */
    public ServerConnectView(ServerConnectViewModel model, Runnable choose) {
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        field(form, 0, "Host", "server-host", "db.example.org", 28, model.hostProperty());
        field(form, 1, "Port", "server-port", "5432", 6, model.portProperty());
        field(form, 2, "Database", "server-database", "ledgerline", 20, model.databaseProperty());
        field(form, 3, "User", "server-user", "your user name on the server", 20, model.userProperty());
        field(form, 4, "Case id", "server-case", "INC-2024-0612", 20, model.caseIdProperty());
        int row = 5;

        TextField location = new TextField();
        location.setId("server-location");
        location.setEditable(false);
        location.setPrefColumnCount(48);
        location.textProperty().bind(model.locationTextProperty());
        location.setPromptText("postgresql://USER@HOST:PORT/DATABASE?case=ID");
        form.addRow(row++, new Label("Location"), location);
        Label problem = new Label();
        problem.setId("server-problem");
        problem.setWrapText(true);
        problem.setMaxWidth(520);
        problem.textProperty().bind(model.problemProperty());
        problem.getStyleClass().add("problem");
        form.add(problem, 1, row);

        Button list = new Button("List cases");
        list.setId("server-list-cases");
        list.setOnAction(e -> model.listCases());
        ListView<String> cases = new ListView<>(model.cases());
        cases.setId("server-cases");
        cases.setPrefHeight(140);
        cases.setPlaceholder(new Label("List cases asks the server which cases its database holds."));
        cases.getSelectionModel().selectedItemProperty().addListener((obs, old, id) -> {
            if (id != null) {
                model.caseIdProperty().set(id);
            }
        });
        cases.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && cases.getSelectionModel().getSelectedItem() != null) {
                choose.run();
            }
        });
        Label casesStatus = new Label();
        casesStatus.setId("server-cases-status");
        casesStatus.setWrapText(true);
        casesStatus.setMaxWidth(520);
        casesStatus.textProperty().bind(model.casesStatusProperty());
        Label password = new Label("No password is stored: Ledgerline uses your ~/.pgpass file, or asks when the "
                + "server wants one.");
        password.setWrapText(true);
        password.setMaxWidth(520);
        root = new VBox(8, form, new Label("Cases on this server"), list, cases, casesStatus, password);
        root.setPadding(new Insets(8));
    }

    private static void field(GridPane form, int row, String label, String id, String prompt, int columns,
            StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefColumnCount(columns);
        field.textProperty().bindBidirectional(value);
        form.addRow(row, new Label(label), field);
    }

    public Parent root() {
        return root;
    }
}
