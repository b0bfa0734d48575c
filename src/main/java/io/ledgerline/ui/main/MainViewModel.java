package io.ledgerline.ui.main;

import io.ledgerline.audit.AuditTrail;
import io.ledgerline.audit.Profile;
import io.ledgerline.domain.CancelledException;
import io.ledgerline.domain.InputRefusedException;
import io.ledgerline.domain.LedgerlineException;
import io.ledgerline.domain.Progress;
import io.ledgerline.importer.ImportOptions;
import io.ledgerline.importer.ImportService;
import io.ledgerline.analysis.AnalysisResult;
import io.ledgerline.analysis.PlaybookService;
import io.ledgerline.analysis.PlaybookSettings;
import io.ledgerline.analysis.ReviewService;
import io.ledgerline.analysis.ReviewedResult;
import io.ledgerline.domain.DecisionKind;
import io.ledgerline.domain.ReviewDecision;
import io.ledgerline.analysis.LatestDecisions;
import io.ledgerline.domain.AuditEntry;
import io.ledgerline.domain.ConflictException;
import io.ledgerline.store.AuditLogStore;
import io.ledgerline.store.CaseLocation;
import io.ledgerline.store.PasswordPrompt;
import io.ledgerline.ui.team.CaseChangeWatch;
import io.ledgerline.ui.team.ChangeNote;
import io.ledgerline.ui.team.ServerConnectViewModel;
import java.time.ZoneId;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.SimpleLongProperty;
import io.ledgerline.ui.compare.CompareViewModel;
import io.ledgerline.ui.timeline.TimelineViewModel;
import java.time.Clock;
import io.ledgerline.store.AccountStore;
import io.ledgerline.store.CaseFile;
import io.ledgerline.store.CaseSummary;
import io.ledgerline.store.CaseSummaryStore;
import io.ledgerline.store.QuarantineStore;
import io.ledgerline.ui.DialogService;
import io.ledgerline.ui.task.TaskRunner;
import io.ledgerline.workspace.AppDirs;
import io.ledgerline.workspace.DemoCase;
import io.ledgerline.workspace.RecentCases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * State and commands of the main window: the open case, its accounts, the selected account's events. Holds no
 * nodes; every query and import runs through the {@link TaskRunner}, never on the FX thread. Call from the FX thread.
 */
public final class MainViewModel {

    static final int QUARANTINE_LIMIT = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(MainViewModel.class);

    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final AppDirs dirs;
    private final RecentCases recent;
    private final PasswordPrompt passwords;
    private final CaseChangeWatch watch;
    private final StringProperty teamNote = new SimpleStringProperty("");
    private final LongProperty othersChanges = new SimpleLongProperty();
    private final ObjectProperty<CaseFile> openCase = new SimpleObjectProperty<>();
    private final ObjectProperty<AuditTrail> trail = new SimpleObjectProperty<>();
    private final StringProperty title = new SimpleStringProperty("Ledgerline");
    private final StringProperty caseStatus = new SimpleStringProperty("No case open");
    private final ObservableList<AccountRow> accounts = FXCollections.observableArrayList();
    private final FilteredList<AccountRow> shownAccounts = new FilteredList<>(accounts);
    private final StringProperty accountSearch = new SimpleStringProperty("");
    private final ObjectProperty<AccountRow> selectedAccount = new SimpleObjectProperty<>();
    private final TimelineViewModel timeline;
    private final ObjectProperty<ReviewedResult> reviewed = new SimpleObjectProperty<>();
    private final CompareViewModel compare;
    private LoadedCase loaded;
    /** Set while the table's row object is swapped for an updated one of the same account. */
    private boolean suppressTimelineReload;

    public MainViewModel(TaskRunner tasks, DialogService dialogs, AppDirs dirs) {
        this(tasks, dialogs, dirs, PasswordPrompt.NONE, CaseChangeWatch.INTERVAL);
    }

    /**
     * @param passwords asks for a server password that {@code .pgpass} does not give (called off the FX thread)
     * @param pollEvery how often an open shared case is asked whether others changed it
     */
    public MainViewModel(TaskRunner tasks, DialogService dialogs, AppDirs dirs, PasswordPrompt passwords,
            javafx.util.Duration pollEvery) {
        this.tasks = tasks;
        this.passwords = passwords;
        this.watch = new CaseChangeWatch(tasks, pollEvery, this::othersChanged);
        this.dialogs = dialogs;
        this.dirs = dirs;
        this.recent = new RecentCases(dirs.settings());
        this.timeline = new TimelineViewModel(tasks, this::failed, trail::get);
        this.compare = new CompareViewModel(tasks, this::failed);
        selectedAccount.addListener((obs, old, account) -> showTimeline(account));
        accountSearch.addListener((obs, old, text) -> shownAccounts.setPredicate(AccountSearch.matching(text)));
    }

    /** Opens {@code caseFile}, or the demo case (created on first use) when it is null. */
    public void open(Path caseFile) {
        open(caseFile == null ? null : new CaseLocation.File(caseFile));
    }

    /** Opens the case file or server case at {@code location}, or the demo case when it is null. */
    public void open(CaseLocation location) {
        open(location, () -> { });
    }

    private void open(CaseLocation location, Runnable then) {
        CaseFile current = openCase.get();
        tasks.run(location == null ? "Opening the demo case" : "Opening " + location.displayName()
                + (location instanceof CaseLocation.Server s ? " on " + s.host() : ""), progress -> {
            CaseLocation where = location != null ? location
                    : new CaseLocation.File(new DemoCase(dirs).ensure(progress));
            // the case already open here is reloaded: opening a file a second time would meet its own lock
            if (current != null && current.location().equals(where)) {
                return loadCase(current, progress);
            }
            return loadNew(CaseFile.open(where, passwords), progress);
        }, loaded -> {
            show(loaded);
            then.run();
        }, this::failed);
    }

    public void create(Path caseFile) {
        tasks.run("Creating " + caseFile.getFileName(), progress -> loadNew(CaseFile.create(caseFile), progress),
                this::show, this::failed);
    }

    /**
     * Opens {@code caseFile} (the demo case when null) and then imports {@code bundle} into it; if the open fails,
     * nothing is imported, into that case or any later one.
     */
    public void openAndImport(Path caseFile, Path bundle, boolean lenient) {
        openAndImport(caseFile == null ? null : new CaseLocation.File(caseFile), bundle, lenient);
    }

    /** As {@link #openAndImport(Path, Path, boolean)}, for a case file or a server case. */
    public void openAndImport(CaseLocation location, Path bundle, boolean lenient) {
        open(location, () -> importBundle(bundle, lenient));
    }

    public void importBundle(Path bundle, boolean lenient) {
        CaseFile target = openCase.get();
        AuditTrail audit = trail.get();
        if (target == null || audit == null) {
            dialogs.showError("Import", "Open or create a case first, then import the export into it.", null);
            return;
        }
        tasks.run("Importing " + bundle.getFileName(), progress -> new ImportService().importBundle(bundle, audit,
                lenient ? ImportOptions.LENIENT : ImportOptions.STRICT, progress), report -> {
                    dialogs.showImportReport(report);
                    // the import is committed; refreshing the view is a job of its own, so its failure cannot be
                    // mistaken for the import's
                    tasks.run("Refreshing " + target.displayName(), p -> loadCase(target, p), this::show,
                            this::failed);
                }, this::failed);
    }

    /** Lists the case's quarantined rows (at most {@value #QUARANTINE_LIMIT}) in a dialog. */
    public void showQuarantine() {
        CaseFile caseFile = openCase.get();
        if (caseFile != null) {
            tasks.run("Reading quarantine", progress -> new QuarantineStore(caseFile).list(0, QUARANTINE_LIMIT),
                    dialogs::showQuarantine, this::failed);
        }
    }

    /**
     * The bundle a drop would import: exactly one folder or .zip, else empty (the window then refuses the drop).
     */
    public static Optional<Path> droppableBundle(List<Path> dropped) {
        if (dropped.size() != 1) {
            return Optional.empty();
        }
        Path path = dropped.get(0);
        boolean zip = path.getFileName() != null
                && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
        return Files.isDirectory(path) || (zip && Files.isRegularFile(path)) ? Optional.of(path) : Optional.empty();
    }

    public Path logFile() {
        return dirs.logFile();
    }

    /** This user's Ledgerline folders. */
    public AppDirs dirs() {
        return dirs;
    }

    /** The Open from server… form, filled in from the last server case opened, if any. */
    public ServerConnectViewModel serverConnect() {
        ServerConnectViewModel form = new ServerConnectViewModel(tasks, passwords);
        recent.locations().stream().filter(l -> l instanceof CaseLocation.Server).findFirst()
                .ifPresent(l -> form.fillFrom((CaseLocation.Server) l));
        return form;
    }

    /** Recent case files and server cases, newest first. */
    public List<CaseLocation> recentCases() {
        return recent.locations();
    }

    private LoadedCase loadCase(CaseFile caseFile, Progress progress) {
        // opening a case registers the investigator's key in it (issue #8)
        AuditTrail audit = AuditTrail.open(caseFile, Profile.open(dirs.profile(), null), Clock.systemUTC());
        // read before the case itself: a change made meanwhile is then seen again, never missed
        long seenSeq = caseFile.shared() ? new AuditLogStore(caseFile).latestSeq() : 0;
        // the playbook runs on every load (a second or two on a million events), so the table leads with its findings
        AnalysisResult analysis = new PlaybookService().analyze(caseFile, PlaybookSettings.defaults(), progress);
        return reviewedAgain(new LoadedCase(caseFile, audit, new CaseSummaryStore(caseFile).summary(), List.of(),
                new ReviewedResult(analysis, List.of(), List.of(), null), LatestDecisions.of(List.of()), seenSeq));
    }

    /**
     * {@code current} with the decisions recorded now applied to its run again (the playbook itself does not re-run).
     * The ids of the latest decisions are read before the decisions themselves: one recorded in between then shows,
     * and a decision taken on it is refused as a conflict rather than passing unchecked.
     */
    private static LoadedCase reviewedAgain(LoadedCase current) {
        CaseFile caseFile = current.caseFile();
        LatestDecisions latest = LatestDecisions.read(caseFile);
        ReviewedResult reviewed = new ReviewService().review(caseFile, current.reviewed().result());
        return new LoadedCase(caseFile, current.trail(), current.summary(),
                AccountRow.of(new AccountStore(caseFile).overview(), reviewed), reviewed, latest, current.seenSeq());
    }

    /** Loads a case this job just opened; on failure closes it again, so its lock is not left held. */
    private LoadedCase loadNew(CaseFile caseFile, Progress progress) {
        try {
            return loadCase(caseFile, progress);
        } catch (RuntimeException e) {
            caseFile.close();
            throw e;
        }
    }

    private void show(LoadedCase loaded) {
        this.loaded = loaded;
        CaseFile previous = openCase.get();
        if (previous != null && previous != loaded.caseFile()) {
            // closed as a job of its own: jobs queued earlier may still be reading it
            tasks.run("Closing " + previous.displayName(), progress -> {
                closeQuietly(previous);
                return previous;
            }, closed -> { }, this::failed);
        }
        trail.set(loaded.trail());
        openCase.set(loaded.caseFile());
        rememberRecent(loaded.caseFile().location());
        title.set(titleOf(loaded.caseFile().location()));
        teamNote.set("");
        watch.watch(loaded.caseFile(), loaded.trail().keyId(), loaded.seenSeq());
        caseStatus.set(statusLine(loaded));
        reviewed.set(loaded.reviewed());
        timeline.clear();
        selectedAccount.set(null);
        accounts.setAll(loaded.accounts());
        // the investigator's first question is the first takeover: its timeline opens with the case
        loaded.accounts().stream().filter(AccountRow::takeover).findFirst().ifPresent(selectedAccount::set);
    }

    /** Puts {@code location} first among the recent cases; the settings file is written off the FX thread. */
    private void rememberRecent(CaseLocation location) {
        tasks.runQuietly(progress -> {
            recent.add(location);
            return location;
        }, added -> { }, error -> LOG.warn("The recent cases list was not updated", error));
    }

    /** The window's title: the case, and for a shared case the server it is on. */
    static String titleOf(CaseLocation location) {
        if (location instanceof CaseLocation.Server s) {
            return s.caseId() + " on " + s.host() + (s.port() == CaseLocation.Server.DEFAULT_PORT ? "" : ":" + s.port())
                    + "/" + s.database() + " – Ledgerline";
        }
        return location.displayName() + " – Ledgerline";
    }

    private static String statusLine(LoadedCase loaded) {
        CaseSummary s = loaded.summary();
        ReviewedResult r = loaded.reviewed();
        AnalysisResult a = r.result();
        String losses = r.totalLossUsd() == null ? "" : String.format(" · reviewed loss USD %,.2f", r.totalLossUsd());
        return String.format("%s · %,d accounts · %,d events · %,d legal requests · %,d quarantined · "
                + "%d suspected takeovers in %d clusters%s", loaded.caseFile().displayName(), s.accounts(), s.events(),
                s.legalRequests(), s.quarantinedRows(), a.compromised().size(), a.clusters().size(), losses);
    }

    /**
     * Records a review decision taken on the timeline, then applies every kept decision to the case's current run
     * again (the playbook itself does not re-run), so the table and the open timeline show the new status and loss.
     * The decision is checked against the latest one this view showed on its subject: if a colleague decided on a
     * shared case meanwhile, nothing is written, their decision is named and the view reloads to show it.
     */
    public void decide(DecisionKind kind, String accountId, String eventId, String reason) {
        LoadedCase current = loaded;
        if (current == null) {
            return;
        }
        ReviewDecision decision = new ReviewDecision(current.trail().investigator(), accountId, kind, eventId, reason);
        long expected = current.decisions().latest(accountId, eventId);
        tasks.run("Recording the decision on " + accountId, progress -> {
            new ReviewService().decide(current.trail(), decision, expected);
            return reviewedAgain(current);
        }, updated -> showUpdated(current, updated), error -> {
            if (error instanceof ConflictException conflict) {
                dialogs.showError("Someone else decided first", conflict.getMessage(), null);
                refresh(current, false);
            } else if (error instanceof InputRefusedException refused) {
                dialogs.showError("Decision refused", refused.getMessage(), null);
            } else {
                failed(error);
            }
        });
    }

    /**
     * Reads the open case again: the kept decisions applied to its run, or with {@code reanalyze} (after an import)
     * the playbook run again too; the table keeps its selection and the timeline its view.
     */
    private void refresh(LoadedCase current, boolean reanalyze) {
        tasks.run("Refreshing " + current.caseFile().displayName(), progress -> {
            if (!reanalyze) {
                return reviewedAgain(current);
            }
            LoadedCase fresh = loadCase(current.caseFile(), progress);
            return new LoadedCase(fresh.caseFile(), fresh.trail(), fresh.summary(), fresh.accounts(), fresh.reviewed(),
                    fresh.decisions(), current.seenSeq());
        }, updated -> showUpdated(current, updated), this::failed);
    }

    /** Colleagues changed the shared case: their changes are shown as the app shows its own, with a note. */
    private void othersChanged(List<AuditEntry> entries) {
        LoadedCase current = loaded;
        if (current == null) {
            return;
        }
        AuditEntry newest = entries.get(entries.size() - 1);
        teamNote.set(ChangeNote.of(newest, ZoneId.systemDefault()));
        othersChanges.set(othersChanges.get() + 1);
        boolean imported = entries.stream().anyMatch(e -> e.action().startsWith("import."));
        refresh(current, imported);
    }

    /** Shows {@code updated}, a newer state of the case {@code current} showed, keeping the selected account. */
    private void showUpdated(LoadedCase current, LoadedCase updated) {
        if (loaded != current) {
            return;
        }
        loaded = updated;
        caseStatus.set(statusLine(updated));
        reviewed.set(updated.reviewed());
        AccountRow selected = selectedAccount.get();
        // the rows are replaced, the selection follows to the same account: the open timeline only refreshes
        suppressTimelineReload = true;
        try {
            accounts.setAll(updated.accounts());
            selectedAccount.set(selected == null ? null : updated.accounts().stream()
                    .filter(r -> r.accountId().equals(selected.accountId())).findFirst().orElse(null));
        } finally {
            suppressTimelineReload = false;
        }
        if (selectedAccount.get() != null) {
            timeline.refresh(selectedAccount.get().reviewed());
        }
    }

    private void showTimeline(AccountRow account) {
        if (suppressTimelineReload) {
            return;
        }
        CaseFile caseFile = openCase.get();
        if (account == null || caseFile == null || loaded == null) {
            timeline.clear();
            return;
        }
        timeline.show(caseFile, account.accountId(), account.reviewed(), loaded.reviewed().result().run().settings());
    }

    private void failed(Throwable error) {
        if (error instanceof CancelledException) {
            caseStatus.set(error.getMessage());
        } else if (error instanceof InputRefusedException refused) {
            LOG.info("Refused: {}\n{}", refused.getMessage(), refused.problemLines());
            String details = refused.problemLines();
            dialogs.showError("Import refused", refused.getMessage() + "\n\nTo import the valid rows and keep the "
                    + "others in quarantine, use Case ▸ Import bundle folder, lenient…", details);
        } else if (error instanceof LedgerlineException known) {
            LOG.warn("{}", known.getMessage(), known);
            dialogs.showError("Ledgerline", known.getMessage(), null);
        } else {
            LOG.error("Unexpected failure", error);
            dialogs.showError("Ledgerline", "Something went wrong (" + error.getClass().getSimpleName()
                    + "). The case is unchanged.", "Details are in the log: " + dirs.logFile());
        }
    }

    private static void closeQuietly(CaseFile caseFile) {
        try {
            caseFile.close();
        } catch (LedgerlineException e) {
            LOG.warn("Closing {} failed", caseFile.location(), e);
        }
    }

    /** Closes the open case; call when the window closes. */
    public void close() {
        watch.stop();
        timeline.clear();
        loaded = null;
        reviewed.set(null);
        trail.set(null);
        if (openCase.get() != null) {
            closeQuietly(openCase.get());
            openCase.set(null);
        }
    }

    public ReadOnlyObjectProperty<CaseFile> openCaseProperty() {
        return openCase;
    }

    /** The open case's audit trail, written as this user's profile; null while no case is open. */
    public ReadOnlyObjectProperty<AuditTrail> trailProperty() {
        return trail;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title;
    }

    public ReadOnlyStringProperty caseStatusProperty() {
        return caseStatus;
    }

    /** What a colleague last did on the open shared case, e.g. "bob confirmed ACC-100018 (10:02:11)"; else empty. */
    public ReadOnlyStringProperty teamNoteProperty() {
        return teamNote;
    }

    /** Counts the times colleagues' changes were noticed, for windows that show the case to refresh with it. */
    public ReadOnlyLongProperty othersChangesProperty() {
        return othersChanges;
    }

    /** The accounts the table shows: every account, or those matching the search. */
    public ObservableList<AccountRow> accounts() {
        return shownAccounts;
    }

    /** Free text matched against account id, country, status and takeover cluster. */
    public StringProperty accountSearchProperty() {
        return accountSearch;
    }

    /** The open case's playbook run with the investigator's decisions applied; null when no case is open. */
    public ReadOnlyObjectProperty<ReviewedResult> reviewedProperty() {
        return reviewed;
    }

    /** Selects {@code accountId}, which opens its timeline (even when the table's search hides its row). */
    public void openAccount(String accountId) {
        accounts.stream().filter(r -> r.accountId().equals(accountId)).findFirst().ifPresent(selectedAccount::set);
    }

    /** The comparison of several compromised accounts. */
    public CompareViewModel compare() {
        return compare;
    }

    /** The selected account's timeline. */
    public TimelineViewModel timeline() {
        return timeline;
    }

    public ObjectProperty<AccountRow> selectedAccountProperty() {
        return selectedAccount;
    }

    /**
     * @param decisions the latest decision on each subject when {@code reviewed} was read
     * @param seenSeq   the newest audit entry of a shared case that the view has taken in
     */
    private record LoadedCase(CaseFile caseFile, AuditTrail trail, CaseSummary summary, List<AccountRow> accounts,
            ReviewedResult reviewed, LatestDecisions decisions, long seenSeq) {
    }

}
