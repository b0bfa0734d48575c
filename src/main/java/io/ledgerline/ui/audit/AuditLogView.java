package io.ledgerline.ui.audit;

import io.ledgerline.ui.TableColumns;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/** The Audit log window's layout: filters, the entries with their signature status, Verify and its findings. Thin. */
public final class AuditLogView {

    private final AuditLogViewModel model;
    private final BorderPane root = new BorderPane();

    public AuditLogView(AuditLogViewModel model) {
        this.model = model;
        root.setTop(filters());
        root.setCenter(table());
        TextArea findings = new TextArea();
        findings.setId("audit-findings");
        findings.setEditable(false);
        findings.setPrefRowCount(4);
        findings.setWrapText(true);
        findings.textProperty().bind(model.findingsProperty());
        root.setBottom(findings);
    }

    public Parent root() {
        return root;
    }

    private HBox filters() {
        ComboBox<String> person = new ComboBox<>(model.people());
        person.setId("audit-person");
        person.valueProperty().bindBidirectional(model.personProperty());
        ComboBox<String> action = new ComboBox<>(model.actions());
        action.setId("audit-action");
        action.valueProperty().bindBidirectional(model.actionProperty());
        TextField account = new TextField();
        account.setId("audit-account");
        account.setPromptText("any account");
        account.setPrefColumnCount(11);
        account.textProperty().bindBidirectional(model.accountProperty());
        account.setOnAction(e -> model.refresh());
        person.setOnAction(e -> model.refresh());
        action.setOnAction(e -> model.refresh());
        Button filter = new Button("Filter");
        filter.setOnAction(e -> model.refresh());
        Button verify = new Button("Verify case");
        verify.setId("audit-verify");
        verify.setOnAction(e -> model.verify());
        HBox bar = new HBox(8, new Label("Person"), person, new Label("Action"), action, new Label("Account"), account,
                filter, verify);
        bar.setPadding(new Insets(6, 8, 6, 8));
        bar.setStyle("-fx-alignment: center-left;");
        return bar;
    }

    private TableView<AuditRow> table() {
        TableView<AuditRow> table = new TableView<>(model.rows());
        table.setId("audit-table");
        table.getColumns().add(TableColumns.of("#", 45, r -> String.valueOf(r.seq())));
        table.getColumns().add(TableColumns.of("When (UTC)", 215, AuditRow::at));
        table.getColumns().add(TableColumns.of("Who", 70, AuditRow::who));
        table.getColumns().add(TableColumns.of("Action", 135, AuditRow::action));
        table.getColumns().add(TableColumns.of("Object", 170, AuditRow::object));
        table.getColumns().add(TableColumns.of("Account", 95, AuditRow::account));
        table.getColumns().add(TableColumns.of("Reason", 190, AuditRow::reason));
        table.getColumns().add(TableColumns.of("Before", 120, AuditRow::before));
        table.getColumns().add(TableColumns.of("After", 190, AuditRow::after));
        TableColumn<AuditRow, String> signature = TableColumns.<AuditRow, String>of("Signature", 150, AuditRow::signature);
        signature.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String status, boolean empty) {
                super.updateItem(status, empty);
                setText(empty ? null : status);
                setStyle(empty || "valid".equals(status) ? "" : "-fx-text-fill: #b00020; -fx-font-weight: bold;");
            }
        });
        table.getColumns().add(signature);
        table.setPlaceholder(new Label("No audit entries match."));
        return table;
    }
}
