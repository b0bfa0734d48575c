package io.ledgerline.store;

/**
 * Asks the investigator for a server password when neither the location nor their {@code .pgpass} file gives one
 * that the server accepts. The password is kept in memory only while the case is open, never written anywhere.
 */
@FunctionalInterface
public interface PasswordPrompt {

    /** Never asks: a connection then needs {@code .pgpass} or a server that trusts the user. */
    PasswordPrompt NONE = (server, retry) -> null;

    /**
     * @param retry true when a password was given and refused
     * @return the password, or null when the investigator cancels
     */
    char[] ask(CaseLocation.Server server, boolean retry);
}
