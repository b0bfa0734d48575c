package io.ledgerline.ui.team;

import io.ledgerline.domain.LedgerlineException;
import io.ledgerline.store.CaseLocation;
import io.ledgerline.store.PasswordPrompt;
import io.ledgerline.store.ServerCases;
import io.ledgerline.ui.task.TaskRunner;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Open from server… dialog's state: host, port, database, user and case id, the {@code postgresql://} location
 * they make (or why they make none yet), and the cases the server holds. No password is part of it: the server's
 * {@code .pgpass} entry, or the password dialog when connecting. Call from the FX thread.
 */
public final class ServerConnectViewModel {

    private final TaskRunner tasks;
    private final PasswordPrompt passwords;
    private final StringProperty host = new SimpleStringProperty("");
    private final StringProperty port = new SimpleStringProperty(String.valueOf(CaseLocation.Server.DEFAULT_PORT));
    private final StringProperty database = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty caseId = new SimpleStringProperty("");
    private final StringProperty locationText = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private final ObjectProperty<CaseLocation.Server> location = new SimpleObjectProperty<>();
    private final ObservableList<String> cases = FXCollections.observableArrayList();
    private final StringProperty casesStatus = new SimpleStringProperty("");

    public ServerConnectViewModel(TaskRunner tasks, PasswordPrompt passwords) {
        this.tasks = tasks;
        this.passwords = passwords;
        for (StringProperty field : List.of(host, port, database, user, caseId)) {
            field.addListener((obs, old, now) -> update());
        }
        update();
    }

    /** Fills the fields from a server case opened before (the last one, so the usual server is one click away). */
    public void fillFrom(CaseLocation.Server server) {
        host.set(server.host());
        port.set(String.valueOf(server.port()));
        database.set(server.database());
        user.set(server.user() == null ? "" : server.user());
        caseId.set(server.caseId());
    }

    private void update() {
        try {
            CaseLocation.Server server = new CaseLocation.Server(text(host), port(), text(database), text(caseId),
                    text(user).isEmpty() ? null : text(user));
            location.set(server);
            locationText.set(server.toString());
            problem.set("");
        } catch (LedgerlineException e) {
            location.set(null);
            locationText.set("");
            problem.set(e.getMessage());
        }
    }

    private int port() {
        String text = text(port);
        if (text.isEmpty()) {
            return CaseLocation.Server.DEFAULT_PORT;
        }
        try {
            int p = Integer.parseInt(text);
            if (p >= 1 && p <= 65_535) {
                return p;
            }
        } catch (NumberFormatException e) {
            // refused below, with what a port is
        }
        throw new LedgerlineException("The port is a number from 1 to 65535 (PostgreSQL's usual one is "
                + CaseLocation.Server.DEFAULT_PORT + "); got " + text + ".");
    }

    private static String text(StringProperty p) {
        return p.get() == null ? "" : p.get().strip();
    }

    /** Asks the server which cases its database holds (asking for a password if it wants one). */
    public void listCases() {
        CaseLocation.Server server;
        try {
            // the case field may still be empty: any valid id names the database
            server = new CaseLocation.Server(text(host), port(), text(database), "list",
                    text(user).isEmpty() ? null : text(user));
        } catch (LedgerlineException e) {
            casesStatus.set(e.getMessage());
            return;
        }
        casesStatus.set("Asking " + server.host() + " for its cases…");
        tasks.run("Listing the cases on " + server.host(), progress -> ServerCases.list(server, passwords), ids -> {
            cases.setAll(ids);
            casesStatus.set(ids.isEmpty() ? "No Ledgerline cases in " + server.database() + " on " + server.host()
                    + "." : ids.size() + (ids.size() == 1 ? " case" : " cases") + " in " + server.database() + " on "
                    + server.host() + ".");
        }, error -> {
            cases.clear();
            casesStatus.set(error instanceof LedgerlineException ? error.getMessage()
                    : "Could not list the cases (" + error.getClass().getSimpleName() + ").");
        });
    }

    /** The location to open, when the fields make one. */
    public Optional<CaseLocation.Server> location() {
        return Optional.ofNullable(location.get());
    }

    public ReadOnlyObjectProperty<CaseLocation.Server> locationProperty() {
        return location;
    }

    /** The location as text ({@code postgresql://user@host:port/database?case=ID}), empty while incomplete. */
    public ReadOnlyStringProperty locationTextProperty() {
        return locationText;
    }

    /** What is missing or wrong in the fields; empty when they make a location. */
    public ReadOnlyStringProperty problemProperty() {
        return problem;
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty databaseProperty() {
        return database;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty caseIdProperty() {
        return caseId;
    }

    /** The case ids found by {@link #listCases()}. */
    public ObservableList<String> cases() {
        return cases;
    }

    public ReadOnlyStringProperty casesStatusProperty() {
        return casesStatus;
    }
}
