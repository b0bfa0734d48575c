package io.ledgerline.ui.whatif;

import io.ledgerline.ui.TableColumns;
import io.ledgerline.whatif.AccountOutcome;
import io.ledgerline.whatif.RemediationRow;
import io.ledgerline.whatif.StopKind;
import io.ledgerline.whatif.StopPoint;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.beans.property.IntegerProperty;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The What-if window's layout: the controls' parameters on top, controls × loss prevented × friction in the middle,
 * and below it where the selected control would have stopped each takeover. Thin: the view model does the work.
 */
public final class WhatIfView {

    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    private final WhatIfViewModel model;
    private final BorderPane root = new BorderPane();

    public WhatIfView(WhatIfViewModel model) {
        this.model = model;
        root.setTop(parameters());
        root.setCenter(tables());
        Label status = new Label();
        status.setId("whatif-status");
        status.textProperty().bind(model.statusProperty());
        status.setPadding(new Insets(4, 8, 4, 8));
        root.setBottom(status);
    }

    public Parent root() {
        return root;
    }

    private FlowPane parameters() {
        CheckBox manual = new CheckBox("manual review");
        manual.setId("face-manual-review");
        manual.selectedProperty().bindBidirectional(model.faceManualReviewProperty());
        FlowPane pane = new FlowPane(18, 6,
                editor("Address cool-down, hours", "cooldown-hours", model.cooldownHoursProperty(), 1),
                editor("Address expiry, days", "expiry-days", model.expiryDaysProperty(), 1),
                editor("Hold after a change, hours", "hold-hours", model.holdHoursProperty(), 1),
                editor("Face lock after failures", "face-failures", model.faceFailuresProperty(), 1),
                editor("for hours", "face-lock-hours", model.faceLockHoursProperty(), 1), manual,
                editor("Step-up: factor changed within, hours", "factor-hours", model.factorHoursProperty(), 0));
        pane.setPadding(new Insets(8));
        return pane;
    }

    private static HBox editor(String label, String id, IntegerProperty value, int min) {
        Spinner<Integer> spinner = new Spinner<>(min, 100_000, value.get());
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(90);
        spinner.valueProperty().addListener((obs, old, now) -> value.set(now));
        HBox box = new HBox(6, new Label(label), spinner);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }

    private VBox tables() {
        TableView<RemediationRow> controls = new TableView<>(model.rows());
        controls.setId("whatif-table");
        controls.getColumns().add(TableColumns.of("Control", 120, RemediationRow::control));
        controls.getColumns().add(TableColumns.of("Parameters", 190, RemediationRow::parameters));
        TableColumn<RemediationRow, Object> prevented = new TableColumn<>("Prevented");
        prevented.getColumns().add(TableColumns.of("Withdrawals", 90,
                r -> r.preventedWithdrawals() + " of " + r.unauthorizedWithdrawals()));
        prevented.getColumns().add(TableColumns.of("Accounts", 70,
                r -> r.accountsStopped() + " of " + r.compromisedAccounts()));
        prevented.getColumns().add(TableColumns.of("USD", 110, r -> usd(r.preventedUsd())));
        prevented.getColumns().add(TableColumns.of("By asset", 200, WhatIfView::byAsset));
        TableColumn<RemediationRow, Object> friction =
                new TableColumn<>("Friction on honest customers: events (accounts)");
        friction.getColumns().add(TableColumns.of("Withdrawals delayed", 130, r -> friction(r, StopKind.WITHDRAWAL)));
        friction.getColumns().add(TableColumns.of("Logins stepped up", 115, r -> friction(r, StopKind.LOGIN)));
        friction.getColumns().add(TableColumns.of("Face checks refused", 125, r -> friction(r, StopKind.FACE_CHECK)));
        friction.getColumns().add(TableColumns.of("Disclosures withheld", 130, r -> friction(r, StopKind.DISCLOSURE)));
        friction.getColumns().add(TableColumns.of("Accounts", 70, RemediationRow::honestAccountsAffected));
        controls.getColumns().add(prevented);
        controls.getColumns().add(friction);
        controls.setPlaceholder(new Label("Replaying the case…"));
        controls.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                model.selectedProperty().set(row);
            }
        });
        model.selectedProperty().addListener((obs, old, row) -> {
            if (row != null && controls.getSelectionModel().getSelectedItem() != row) {
                controls.getSelectionModel().select(row);
            }
        });

        TableView<AccountOutcome> accounts = new TableView<>(model.selectedAccounts());
        accounts.setId("whatif-accounts");
        accounts.getColumns().add(TableColumns.of("Account", 110, AccountOutcome::accountId));
        accounts.getColumns().add(TableColumns.of("Loss USD", 110, a -> usd(a.loss().usd())));
        accounts.getColumns().add(TableColumns.of("Prevented USD", 110, a -> usd(a.prevented().usd())));
        accounts.getColumns().add(TableColumns.of("Stopped at (UTC)", 160, a -> a.stopPoint().map(p -> time(p.at()))
                .orElse("not stopped")));
        accounts.getColumns().add(TableColumns.of("Event", 110, a -> a.stopPoint().map(StopPoint::eventId).orElse("")));
        accounts.getColumns().add(TableColumns.of("Type", 150, a -> a.stopPoint().map(StopPoint::type).orElse("")));
        accounts.getColumns().add(TableColumns.of("How", 80, a -> a.stopPoint()
                .map(p -> p.effect().name().toLowerCase(Locale.ROOT)).orElse("")));
        accounts.getColumns().add(TableColumns.of("Withdrawals", 330, a -> a.withdrawals().stream()
                .map(w -> w.withdrawal().eventId() + " " + w.verdict().code().replace('_', ' '))
                .collect(Collectors.joining(", "))));
        Label below = new Label();
        below.textProperty().bind(model.selectedProperty().map(r -> "Where " + r.control()
                + " would have stopped each takeover").orElse("Select a control to see where it stops each takeover"));
        Label baseline = new Label();
        baseline.setId("whatif-baseline");
        baseline.textProperty().bind(model.baselineProperty().map(b -> "Without controls: USD " + usd(b.preventedUsd())
                + " lost (" + byAsset(b) + ") in " + b.unauthorizedWithdrawals() + " withdrawals from "
                + b.compromisedAccounts() + " accounts").orElse(""));
        VBox box = new VBox(6, baseline, controls, below, accounts);
        box.setPadding(new Insets(0, 8, 0, 8));
        VBox.setVgrow(controls, Priority.ALWAYS);
        VBox.setVgrow(accounts, Priority.ALWAYS);
        return box;
    }

    private static String friction(RemediationRow row, StopKind kind) {
        return row.frictionEvents().get(kind) + " (" + row.frictionAccounts().get(kind) + ")";
    }

    private static String byAsset(RemediationRow row) {
        return row.preventedByAsset().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .map(e -> e.getKey() + " " + e.getValue().toPlainString()).collect(Collectors.joining("; "));
    }


    private static String usd(BigDecimal usd) {
        return usd == null ? "unvalued" : String.format("%,.2f", usd);
    }

    private static String time(Instant at) {
        return UTC.format(at);
    }
}
