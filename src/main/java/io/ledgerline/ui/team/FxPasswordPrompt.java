package io.ledgerline.ui.team;

import io.ledgerline.store.CaseLocation;
import io.ledgerline.store.PasswordPrompt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks for a server password in a dialog. The store calls it on a background job's thread while it connects; the
 * dialog is shown on the FX thread and the job waits for the answer. The password is handed to the connection and
 * never written anywhere.
 */
public final class FxPasswordPrompt implements PasswordPrompt {

    private final Supplier<Window> owner;

    public FxPasswordPrompt(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public char[] ask(CaseLocation.Server server, boolean retry) {
        if (Platform.isFxApplicationThread()) {
            return show(server, retry);
        }
        CompletableFuture<char[]> answer = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                answer.complete(show(server, retry));
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        });
        try {
            return answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            throw new IllegalStateException("The password dialog failed", e.getCause());
        }
    }

    private char[] show(CaseLocation.Server server, boolean retry) {
        String user = server.user() == null ? System.getProperty("user.name") : server.user();
        Dialog<char[]> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle("Server password");
        dialog.setHeaderText((retry ? "The server refused that password. " : "") + "Password for " + user + " on "
                + server.host() + ":" + server.port() + "/" + server.database());
        PasswordField field = new PasswordField();
        field.setId("server-password");
        Label hint = new Label("Kept in memory while Ledgerline runs, never written. To skip this, add the server "
                + "to your ~/.pgpass file.");
        hint.setWrapText(true);
        hint.setMaxWidth(420);
        VBox content = new VBox(8, field, hint);
        content.setPadding(new Insets(8));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == ButtonType.OK ? field.getText().toCharArray() : null);
        Platform.runLater(field::requestFocus);
        char[] password = dialog.showAndWait().orElse(null);
        field.clear();
        return password;
    }
}
