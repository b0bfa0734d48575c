package io.ledgerline.ui.whatif;

import io.ledgerline.analysis.PlaybookSettings;
import io.ledgerline.domain.Progress;
import io.ledgerline.store.CaseFile;
import io.ledgerline.ui.task.TaskRunner;
import io.ledgerline.whatif.AccountOutcome;
import io.ledgerline.whatif.AddressCooldown;
import io.ledgerline.whatif.AddressExpiry;
import io.ledgerline.whatif.ChangeHold;
import io.ledgerline.whatif.Control;
import io.ledgerline.whatif.ControlCatalog;
import io.ledgerline.whatif.ControlOutcome;
import io.ledgerline.whatif.FaceCheckLock;
import io.ledgerline.whatif.NewCountryStepUp;
import io.ledgerline.whatif.RemediationRow;
import io.ledgerline.whatif.RemediationTable;
import io.ledgerline.whatif.StopPoint;
import io.ledgerline.whatif.VerifiedJudicialCooperation;
import io.ledgerline.whatif.WhatIfResult;
import io.ledgerline.whatif.WhatIfService;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The What-if window's state: the controls' parameters, the remediation table they give, and where the chosen
 * control stops each takeover. A parameter change recomputes through the {@link TaskRunner}; a newer computation
 * supersedes the older one (which stops at its next check and is never shown). Call from the FX thread.
 */
public final class WhatIfViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(WhatIfViewModel.class);

    private final TaskRunner tasks;
    private final CaseFile caseFile;
    private final AtomicLong generation = new AtomicLong();

    private final IntegerProperty cooldownHours = hours(AddressCooldown.DEFAULTS.cooldown());
    private final IntegerProperty expiryDays = new SimpleIntegerProperty((int) AddressExpiry.DEFAULTS.unused().toDays());
    private final IntegerProperty holdHours = hours(ChangeHold.DEFAULTS.hold());
    private final IntegerProperty faceFailures = new SimpleIntegerProperty(FaceCheckLock.DEFAULTS.failures());
    private final IntegerProperty faceLockHours = hours(FaceCheckLock.DEFAULTS.lock());
    private final BooleanProperty faceManualReview = new SimpleBooleanProperty(FaceCheckLock.DEFAULTS.manualReview());
    private final IntegerProperty factorHours = hours(NewCountryStepUp.DEFAULTS.factorWindow());

    private final ObservableList<RemediationRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<RemediationRow> baseline = new SimpleObjectProperty<>();
    private final ObjectProperty<RemediationRow> selected = new SimpleObjectProperty<>();
    private final ObservableList<AccountOutcome> selectedAccounts = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private WhatIfResult result;

    public WhatIfViewModel(TaskRunner tasks, CaseFile caseFile) {
        this.tasks = tasks;
        this.caseFile = caseFile;
        for (ObservableValue<?> p : List.of(cooldownHours, expiryDays, holdHours, faceFailures, faceLockHours,
                faceManualReview, factorHours)) {
            p.addListener((obs, old, now) -> recompute());
        }
        selected.addListener((obs, old, row) -> showAccounts(row));
    }

    private static IntegerProperty hours(Duration d) {
        return new SimpleIntegerProperty((int) d.toHours());
    }

    /** The controls as the parameters now stand: each alone, then all combined. */
    public List<Control> controls() {
        return ControlCatalog.aloneAndCombined(List.of(
                new AddressCooldown(Duration.ofHours(cooldownHours.get())),
                new AddressExpiry(Duration.ofDays(expiryDays.get())),
                new ChangeHold(Duration.ofHours(holdHours.get())),
                new FaceCheckLock(faceFailures.get(), Duration.ofHours(faceLockHours.get()), faceManualReview.get()),
                new NewCountryStepUp(Duration.ofHours(factorHours.get())),
                VerifiedJudicialCooperation.DEFAULTS));
    }

    /** Replays the case under the current parameters, off the FX thread; supersedes a replay still running. */
    public void recompute() {
        List<Control> controls;
        try {
            controls = controls();
        } catch (IllegalArgumentException e) {
            status.set("Not recomputed: " + e.getMessage());
            return;
        }
        long mine = generation.incrementAndGet();
        status.set("Replaying the case under the controls…");
        tasks.run("What-if", progress -> new WhatIfService().run(caseFile, PlaybookSettings.defaults(), controls,
                superseded(progress, mine)), r -> {
                    if (mine == generation.get()) {
                        show(r);
                    }
                }, failure -> {
                    if (mine == generation.get()) {
                        LOG.warn("The what-if failed", failure);
                        status.set("The what-if failed: " + failure.getMessage());
                    }
                });
    }

    /** {@code progress}, also cancelled once a newer computation has started. */
    private Progress superseded(Progress progress, long mine) {
        return new Progress() {
            @Override
            public void update(long done, long total, String message) {
                progress.update(done, total, message);
            }

            @Override
            public boolean isCancelled() {
                return mine != generation.get() || progress.isCancelled();
            }
        };
    }

    private void show(WhatIfResult r) {
        result = r;
        String chosen = selected.get() == null ? null : selected.get().control();
        RemediationTable table = RemediationTable.of(r);
        baseline.set(table.baseline());
        rows.setAll(table.rows());
        selected.set(table.rows().stream().filter(row -> row.control().equals(chosen)).findFirst()
                .orElse(table.rows().isEmpty() ? null : table.rows().get(0)));
        showAccounts(selected.get());
        status.set(String.format("Friction counted on the %,d other accounts. A held withdrawal counts as prevented "
                + "only if the account was frozen before the hold ended.", r.honestAccounts()));
    }

    private void showAccounts(RemediationRow row) {
        selectedAccounts.setAll(row == null ? List.of() : outcome(row.control())
                .map(ControlOutcome::accounts).orElse(List.of()));
    }

    private Optional<ControlOutcome> outcome(String control) {
        return result == null ? Optional.empty()
                : result.controls().stream().filter(c -> c.control().name().equals(control)).findFirst();
    }

    /** Where {@code control} would have stopped the attack on {@code accountId}, for the timeline's marker. */
    public Optional<StopPoint> stopPoint(String control, String accountId) {
        return outcome(control).flatMap(c -> c.account(accountId)).flatMap(AccountOutcome::stopPoint);
    }

    public IntegerProperty cooldownHoursProperty() {
        return cooldownHours;
    }

    public IntegerProperty expiryDaysProperty() {
        return expiryDays;
    }

    public IntegerProperty holdHoursProperty() {
        return holdHours;
    }

    public IntegerProperty faceFailuresProperty() {
        return faceFailures;
    }

    public IntegerProperty faceLockHoursProperty() {
        return faceLockHours;
    }

    public BooleanProperty faceManualReviewProperty() {
        return faceManualReview;
    }

    public IntegerProperty factorHoursProperty() {
        return factorHours;
    }

    public ObservableList<RemediationRow> rows() {
        return rows;
    }

    public ObjectProperty<RemediationRow> baselineProperty() {
        return baseline;
    }

    /** The control whose takeovers are listed below the table. */
    public ObjectProperty<RemediationRow> selectedProperty() {
        return selected;
    }

    public ObservableList<AccountOutcome> selectedAccounts() {
        return selectedAccounts;
    }

    public StringProperty statusProperty() {
        return status;
    }
}
