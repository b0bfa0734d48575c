package io.ledgerline.ui.audit;

import io.ledgerline.audit.AuditLogService;
import io.ledgerline.audit.Finding;
import io.ledgerline.audit.VerifyReport;
import io.ledgerline.audit.VerifyService;
import io.ledgerline.domain.Investigator;
import io.ledgerline.store.CaseFile;
import io.ledgerline.ui.task.TaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Audit log view's state: the entries (newest first) filtered by person, action and account, each with its
 * signature status; and the findings of Verify. Reads run through the {@link TaskRunner}. Call from the FX thread.
 */
public final class AuditLogViewModel {

    /** The filter choice that matches everything. */
    public static final String ALL = "(all)";

    private final TaskRunner tasks;
    private final CaseFile caseFile;
    private final Consumer<Throwable> onFailure;
    private final AuditLogService service = new AuditLogService();
    private final ObservableList<AuditRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> people = FXCollections.observableArrayList(ALL);
    private final ObservableList<String> actions = FXCollections.observableArrayList(ALL);
    private final ObjectProperty<String> person = new SimpleObjectProperty<>(ALL);
    private final ObjectProperty<String> action = new SimpleObjectProperty<>(ALL);
    private final StringProperty account = new SimpleStringProperty("");
    private final StringProperty findings = new SimpleStringProperty("");
    private List<Investigator> investigators = List.of();

    public AuditLogViewModel(TaskRunner tasks, CaseFile caseFile, Consumer<Throwable> onFailure) {
        this.tasks = tasks;
        this.caseFile = caseFile;
        this.onFailure = onFailure;
    }

    /** Reads the filter choices, then the entries. */
    public void load() {
        tasks.run("Reading the audit log", progress -> new Choices(service.investigators(caseFile),
                service.actions(caseFile)), choices -> {
                    investigators = choices.investigators();
                    List<String> names = new ArrayList<>(List.of(ALL));
                    investigators.forEach(i -> names.add(label(i)));
                    people.setAll(names);
                    List<String> acts = new ArrayList<>(List.of(ALL));
                    acts.addAll(choices.actions());
                    actions.setAll(acts);
                    refresh();
                }, onFailure);
    }

    /** Reads the entries matching the filters. */
    public void refresh() {
        String keyId = investigators.stream().filter(i -> label(i).equals(person.get())).map(Investigator::keyId)
                .findFirst().orElse(null);
        String act = ALL.equals(action.get()) ? null : action.get();
        String acc = account.get() == null || account.get().isBlank() ? null : account.get().strip();
        tasks.run("Filtering the audit log", progress -> service.entries(caseFile, keyId, act, acc).stream()
                .map(AuditRow::of).toList(), rows::setAll, onFailure);
    }

    /** Runs verify on the case and shows its findings. */
    public void verify() {
        findings.set("Verifying…");
        tasks.run("Verifying " + caseFile.displayName(), progress -> new VerifyService().verify(caseFile, List.of()),
                report -> findings.set(text(report)), onFailure);
    }

    static String text(VerifyReport report) {
        StringBuilder s = new StringBuilder(report.holds() ? "Verify: all checks hold" : "Verify: "
                + report.findings().size() + " finding" + (report.findings().size() == 1 ? "" : "s"));
        s.append(" (").append(String.join(", ", report.checks())).append("; ").append(report.entries())
                .append(" audit entries; investigators ").append(String.join(", ", report.investigators()))
                .append(")");
        for (Finding f : report.findings()) {
            s.append('\n').append(f.line());
        }
        return s.toString();
    }

    private static String label(Investigator i) {
        return i.name() + " (" + i.fingerprint() + ")";
    }

    private record Choices(List<Investigator> investigators, List<String> actions) {
    }

    public ObservableList<AuditRow> rows() {
        return rows;
    }

    public ObservableList<String> people() {
        return people;
    }

    public ObservableList<String> actions() {
        return actions;
    }

    public ObjectProperty<String> personProperty() {
        return person;
    }

    public ObjectProperty<String> actionProperty() {
        return action;
    }

    public StringProperty accountProperty() {
        return account;
    }

    public ReadOnlyStringProperty findingsProperty() {
        return findings;
    }
}
