package io.ledgerline.ui.decisions;

import io.ledgerline.analysis.ReviewedResult;
import io.ledgerline.audit.AuditTrail;
import io.ledgerline.compensation.CompensationPolicy;
import io.ledgerline.compensation.CompensationService;
import io.ledgerline.compensation.Proposal;
import io.ledgerline.domain.ConflictException;
import io.ledgerline.domain.InputRefusedException;
import io.ledgerline.ui.DialogService;
import io.ledgerline.domain.LedgerlineException;
import io.ledgerline.ui.task.TaskRunner;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.BiFunction;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Decisions view's state: each account with its review status, proposal, state and who did what, and the commands
 * that move a proposal (propose, approve, return, paid) as this user's profile. The reviewed result is the main
 * window's (one playbook run per case state, never a second one here). Queries and writes run through the
 * {@link TaskRunner}; a refusal (approving one's own proposal, a frozen proposal) shows in {@link #statusProperty()}.
 * Call from the FX thread.
 */
public final class DecisionsViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(DecisionsViewModel.class);

    private final TaskRunner tasks;
    private final AuditTrail trail;
    private final ObservableValue<ReviewedResult> reviewed;
    private final DialogService dialogs;
    private final CompensationService service = new CompensationService();
    private final ObservableList<DecisionRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<DecisionRow> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<CompensationPolicy.Kind> policy = new SimpleObjectProperty<>(
            CompensationPolicy.Kind.IN_KIND);
    private final StringProperty capUsd = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");

    /**
     * @param reviewed the open case's reviewed result as the main window holds it; the rows are read again whenever
     *                 it changes (a review decision, an import, a colleague's change)
     * @param dialogs  shows a conflict with a colleague's change in the app's error dialog
     */
    public DecisionsViewModel(TaskRunner tasks, AuditTrail trail, ObservableValue<ReviewedResult> reviewed,
            DialogService dialogs) {
        this.tasks = tasks;
        this.trail = trail;
        this.reviewed = reviewed;
        this.dialogs = dialogs;
    }

    /** Reads every account's proposal again, against the main window's current reviewed result. */
    public void refresh() {
        ReviewedResult current = reviewed.getValue();
        if (current == null) {
            return; // the case is closing: the window closes with it
        }
        CompensationPolicy chosen;
        try {
            chosen = policy();
        } catch (RuntimeException e) {
            status.set(e.getMessage());
            return;
        }
        tasks.run("Reading the decisions", progress -> service.overview(trail.caseFile(), current, chosen)
                .stream().map(DecisionRow::of).toList(), this::show, this::failed);
    }

    /** A colleague changed the shared case: reads it again, and the status line no longer reports an older state. */
    public void colleaguesChanged() {
        status.set("Read again after a colleague's change.");
        refresh();
    }

    private void show(List<DecisionRow> loaded) {
        String keep = selected.get() == null ? null : selected.get().accountId();
        rows.setAll(loaded);
        selected.set(loaded.stream().filter(r -> r.accountId().equals(keep)).findFirst().orElse(null));
    }

    /** Proposes the selected account's reviewed loss under the chosen policy. */
    public void propose(String reason) {
        CompensationPolicy chosen;
        try {
            chosen = policy();
        } catch (InputRefusedException e) {
            status.set(e.getMessage());
            return;
        }
        ReviewedResult current = reviewed.getValue();
        if (current == null) {
            return;
        }
        act("Proposing", (trail, row) -> service.propose(trail, current, row.accountId(), chosen, reason));
    }

    /** Approves the proposal the selected row shows; refused if a colleague changed it since (a shared case). */
    public void approve(String reason) {
        act("Approving", (trail, row) -> service.approve(trail, row.accountId(), row.proposalId(), reason));
    }

    /** Returns the proposal the selected row shows; refused if a colleague changed it since. */
    public void returnProposal(String reason) {
        act("Returning", (trail, row) -> service.returnProposal(trail, row.accountId(), row.proposalId(), reason));
    }

    /** Records the payment of the proposal the selected row shows; refused if a colleague changed it since. */
    public void paid(String reference) {
        act("Recording the payment", (trail, row) -> service.paid(trail, row.accountId(), row.proposalId(),
                reference));
    }

    private void act(String what, BiFunction<AuditTrail, DecisionRow, Proposal> move) {
        DecisionRow row = selected.get();
        if (row == null) {
            status.set("Select an account first.");
            return;
        }
        tasks.run(what + " " + row.accountId(), progress -> move.apply(trail, row), done -> {
            status.set("Proposal #" + done.id() + " of " + done.accountId() + " is " + done.state().code() + " ("
                    + done.history() + ").");
            refresh();
        }, this::failed);
    }

    private CompensationPolicy policy() {
        String cap = capUsd.get() == null ? "" : capUsd.get().strip();
        try {
            return new CompensationPolicy(policy.get(), cap.isEmpty() ? null : new BigDecimal(cap));
        } catch (NumberFormatException e) {
            throw new InputRefusedException("The cap is not a USD amount: " + cap);
        }
    }

    private void failed(Throwable error) {
        if (error instanceof ConflictException conflict) {
            status.set(conflict.getMessage());
            dialogs.showError("Someone else changed it first", conflict.getMessage(), null);
            refresh();
        } else if (error instanceof LedgerlineException known) {
            status.set(known.getMessage());
        } else {
            LOG.error("Decisions failed", error);
            status.set("Something went wrong (" + error.getClass().getSimpleName() + "); the log has the details.");
        }
    }

    /** Who acts here: this user's profile. */
    public String investigator() {
        return trail.investigator();
    }

    public ObservableList<DecisionRow> rows() {
        return rows;
    }

    public ObjectProperty<DecisionRow> selectedProperty() {
        return selected;
    }

    public ObjectProperty<CompensationPolicy.Kind> policyProperty() {
        return policy;
    }

    public StringProperty capUsdProperty() {
        return capUsd;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }
}
