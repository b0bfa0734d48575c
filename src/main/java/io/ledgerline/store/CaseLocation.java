package io.ledgerline.store;

import io.ledgerline.domain.LedgerlineException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where a case lives: a {@value CaseFile#EXTENSION} file on this machine, or a case on a shared PostgreSQL server,
 * named {@code postgresql://[user@]host[:port]/database?case=CASE-ID}.
 */
public sealed interface CaseLocation {

    /** A case file; the default for one investigator. */
    record File(Path path) implements CaseLocation {
        public File {
            path = path.toAbsolutePath().normalize();
        }

        @Override
        public String displayName() {
            String name = path.getFileName().toString();
            return name.endsWith(CaseFile.EXTENSION) ? name.substring(0, name.length() - CaseFile.EXTENSION.length())
                    : name;
        }

        @Override
        public String toString() {
            return path.toString();
        }
    }

    /**
     * A case on a PostgreSQL server. Each case is a schema of its own in the database, so one database holds many
     * cases; the password is never part of the location (the user's {@code .pgpass}, or asked each time).
     */
    record Server(String host, int port, String database, String caseId, String user) implements CaseLocation {

        public static final int DEFAULT_PORT = 5432;
        private static final Pattern CASE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,57}");

        public Server {
            if (host == null || host.isBlank()) {
                throw new LedgerlineException("A server location needs a host: postgresql://HOST/DATABASE?case=ID.");
            }
            if (database == null || database.isBlank()) {
                throw new LedgerlineException("A server location needs a database: postgresql://HOST/DATABASE?case=ID.");
            }
            if (caseId == null || !CASE_ID.matcher(caseId).matches()) {
                throw new LedgerlineException("A server location needs ?case=ID, the case's id: letters, digits, "
                        + "'.', '_' or '-', at most 58 characters (e.g. ?case=INC-2024-0612).");
            }
        }

        /**
         * The schema that holds the case: its id in lower case with every other character than a letter or digit
         * as '_' ({@code INC-2024-0612} → {@code case_inc_2024_0612}). Two ids that map to one schema are told apart
         * by the id recorded in the case.
         */
        public String schema() {
            return "case_" + caseId.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_");
        }

        public String jdbcUrl() {
            return "jdbc:postgresql://" + hostAndPort() + "/" + database;
        }

        private String hostAndPort() {
            String h = host.contains(":") ? "[" + host + "]" : host;
            return port == DEFAULT_PORT ? h : h + ":" + port;
        }

        @Override
        public String displayName() {
            return caseId;
        }

        /** The location as the user writes it, without a password. */
        @Override
        public String toString() {
            return "postgresql://" + (user == null ? "" : user + "@") + hostAndPort() + "/" + database + "?case="
                    + caseId;
        }
    }

    /** The name shown in titles: a file's name without its extension, a server case's id. */
    String displayName();

    /** A {@code postgresql://} (or {@code postgres://}) URL as a server case; anything else as a file path. */
    static CaseLocation parse(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("postgresql://") || lower.startsWith("postgres://")) {
            return server(text);
        }
        return new File(Path.of(text));
    }

    static boolean isServer(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.startsWith("postgresql://") || lower.startsWith("postgres://");
    }

    private static Server server(String text) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new LedgerlineException("Not a server location: " + text + " (" + e.getReason()
                    + "). Write postgresql://HOST[:PORT]/DATABASE?case=ID.");
        }
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null && userInfo.contains(":")) {
            throw new LedgerlineException("Leave the password out of the server location: Ledgerline reads it from "
                    + "your .pgpass file or asks for it.");
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        String database = path.startsWith("/") ? path.substring(1) : path;
        Map<String, String> query = query(uri.getRawQuery());
        String user = userInfo != null ? decode(userInfo) : query.get("user");
        return new Server(uri.getHost(), uri.getPort() < 0 ? Server.DEFAULT_PORT : uri.getPort(), database,
                query.get("case"), user);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return values;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            if (key.equals("password")) {
                throw new LedgerlineException("Leave the password out of the server location: Ledgerline reads it "
                        + "from your .pgpass file or asks for it.");
            }
            values.put(key, eq < 0 ? "" : decode(pair.substring(eq + 1)));
        }
        return values;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
