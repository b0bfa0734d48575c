package io.ledgerline.importer;

import java.util.Optional;

/** The data files of the contract, in the order they are imported (events need accounts; requests come first). */
public enum FileKind {
    ACCOUNTS("accounts", true),
    LEGAL_REQUESTS("legal_requests", false),
    EVENTS("events", true),
    PRICES("prices", false);

    private final String stem;
    private final boolean required;

    FileKind(String stem, boolean required) {
        this.stem = stem;
        this.required = required;
    }

    public String stem() {
        return stem;
    }

    public boolean required() {
        return required;
    }

    public static Optional<FileKind> ofStem(String stem) {
        for (FileKind kind : values()) {
            if (kind.stem.equals(stem)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
