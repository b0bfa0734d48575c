package io.ledgerline.store;

import java.util.List;

/** The cases a PostgreSQL database holds, for choosing one to open. */
public final class ServerCases {

    private ServerCases() {
    }

    /**
     * The ids of the cases in {@code server}'s database, sorted; the case {@code server} itself names does not matter.
     * Connects as {@link CaseFile#open(CaseLocation, PasswordPrompt)} does, asking for a password if the server wants
     * one that {@code .pgpass} does not give.
     */
    public static List<String> list(CaseLocation.Server server, PasswordPrompt prompt) {
        return PostgresEngine.caseIds(server, prompt);
    }
}
