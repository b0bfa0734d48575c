package io.ledgerline.ui.linked;

import io.ledgerline.analysis.ReviewedResult;
import io.ledgerline.analysis.SharedIndicator;
import io.ledgerline.timeline.ClusterDiagram;
import io.ledgerline.timeline.Palette;
import io.ledgerline.ui.TableColumns;
import io.ledgerline.ui.timeline.PictureCanvas;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

/**
 * Linked accounts: the case's clusters on the left; for the chosen one, a diagram of its accounts and the devices, ips
 * and addresses they share, and the same as a table. Double-clicking an account opens its timeline.
 */
public final class LinkedAccountsPane {

    private final ReadOnlyObjectProperty<ReviewedResult> reviewed;
    private final ObservableBooleanValue dark;
    private final ListView<Integer> clusters = new ListView<>();
    private final PictureCanvas diagram = new PictureCanvas();
    private final TableView<SharedIndicator> indicators = new TableView<>();
    private final ListView<String> members = new ListView<>();
    private final SplitPane root;

    public LinkedAccountsPane(ReadOnlyObjectProperty<ReviewedResult> reviewed, ObservableBooleanValue dark,
            Consumer<String> openAccount) {
        this.reviewed = reviewed;
        this.dark = dark;
        clusters.setId("clusters");
        clusters.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Integer cluster, boolean empty) {
                super.updateItem(cluster, empty);
                ReviewedResult r = reviewed.get();
                setText(empty || cluster == null || r == null ? null : String.format("Cluster %d · %d accounts · %d "
                        + "shared", cluster, r.result().clusters().get(cluster - 1).size(),
                        r.result().sharedBy(cluster).size()));
            }
        });
        clusters.getSelectionModel().selectedItemProperty().addListener((obs, old, cluster) -> show(cluster));
        reviewed.addListener((obs, old, r) -> refresh());
        dark.addListener(o -> diagram.paint());
        members.setId("cluster-members");
        members.setPrefHeight(150);
        members.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && members.getSelectionModel().getSelectedItem() != null) {
                openAccount.accept(members.getSelectionModel().getSelectedItem());
            }
        });
        indicators.setId("shared-indicators");
        indicators.getColumns().add(TableColumns.of("Kind", 70, SharedIndicator::kind));
        indicators.getColumns().add(TableColumns.of("Value", 320, SharedIndicator::value));
        indicators.getColumns().add(TableColumns.of("Accounts", 420, i -> String.join(", ", i.accounts())));
        indicators.setPlaceholder(new Label("The accounts of this cluster share nothing directly."));
        ScrollPane scroll = new ScrollPane(diagram);
        scroll.setFitToWidth(true);
        VBox left = new VBox(6, new Label("Clusters of compromised accounts"), clusters,
                new Label("Accounts (double-click to open the timeline)"), members);
        left.getStyleClass().add("side-panel");
        SplitPane right = new SplitPane(scroll, indicators);
        right.setOrientation(javafx.geometry.Orientation.VERTICAL);
        right.setDividerPositions(0.65);
        root = new SplitPane(left, right);
        root.setDividerPositions(0.22);
        refresh();
    }

    public Parent root() {
        return root;
    }

    private void refresh() {
        ReviewedResult r = reviewed.get();
        Integer selected = clusters.getSelectionModel().getSelectedItem();
        clusters.setItems(FXCollections.observableArrayList(r == null ? List.of()
                : java.util.stream.IntStream.rangeClosed(1, r.result().clusters().size()).boxed().toList()));
        if (!clusters.getItems().isEmpty()) {
            clusters.getSelectionModel().select(selected != null && selected <= clusters.getItems().size()
                    ? selected : Integer.valueOf(1));
        } else {
            show(null);
        }
    }

    private void show(Integer cluster) {
        ReviewedResult r = reviewed.get();
        if (cluster == null || r == null) {
            members.getItems().clear();
            indicators.getItems().clear();
            diagram.setPainter((s, size) -> { });
            return;
        }
        List<ClusterDiagram.Member> accounts = ClusterMembers.of(r, cluster);
        List<SharedIndicator> shared = r.result().sharedBy(cluster);
        members.setItems(FXCollections.observableArrayList(accounts.stream().map(ClusterDiagram.Member::accountId)
                .toList()));
        indicators.setItems(FXCollections.observableArrayList(shared));
        diagram.setPrefHeight(ClusterDiagram.height(accounts.size(), shared.size()));
        diagram.setPainter((s, size) -> ClusterDiagram.paint(s, size[0], size[1], "Cluster " + cluster + ": "
                + accounts.size() + " accounts linked by " + shared.size() + " shared devices, ips and addresses",
                accounts, shared, dark.get() ? Palette.DARK : Palette.LIGHT));
    }

}
