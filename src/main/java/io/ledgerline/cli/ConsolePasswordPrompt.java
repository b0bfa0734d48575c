package io.ledgerline.cli;

import io.ledgerline.store.CaseLocation;
import io.ledgerline.store.PasswordPrompt;
import java.io.Console;

/** Asks for a server password on the terminal, without echo; never asks when there is no terminal (scripts, CI). */
final class ConsolePasswordPrompt implements PasswordPrompt {

    static final ConsolePasswordPrompt INSTANCE = new ConsolePasswordPrompt();

    @Override
    public char[] ask(CaseLocation.Server server, boolean retry) {
        Console console = System.console();
        if (console == null) {
            return null;
        }
        String user = server.user() == null ? System.getProperty("user.name") : server.user();
        return console.readPassword("%sPassword for %s on %s:%d/%s: ", retry ? "Refused. " : "", user, server.host(),
                server.port(), server.database());
    }
}
